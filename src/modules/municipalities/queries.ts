import { and, asc, desc, eq, gte, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { changeProjects, changeProjectTopics, municipalities, municipalityTopics, topics } from "./tables.ts";
import { sizeClasses, type Kind, type SizeClass, type SortOrder } from "./reference.ts";
import { foldForSearch } from "../../platform/search/fold.ts";

export const pageSize = 25;

export interface DirectoryFilters {
  land?: string;
  typ?: Kind;
  groesse?: SizeClass;
  thema?: string;
  fellow?: "ja" | "nein";
  q?: string;
  sortierung?: SortOrder;
  seite?: number;
}

export interface DirectoryItem {
  ags: string;
  slug: string;
  name: string;
  kind: string;
  stateCode: string;
  population: number;
  areaKm2: number;
  isFellow: boolean;
}

export interface DirectoryPage {
  items: DirectoryItem[];
  total: number;
  page: number;
  pages: number;
  /** Close names when a search found nothing, e.g. after a typo. */
  suggestions: { slug: string; name: string }[];
}

const m = municipalities;

function conditions(f: DirectoryFilters): SQL[] {
  const where: SQL[] = [];
  if (f.land) where.push(eq(m.stateCode, f.land));
  if (f.typ) where.push(eq(m.kind, f.typ));
  if (f.groesse) {
    const size = sizeClasses[f.groesse];
    where.push(gte(m.population, size.min), lte(m.population, size.max));
  }
  if (f.fellow) where.push(eq(m.isFellow, f.fellow === "ja"));
  if (f.thema) {
    const topic = f.thema;
    const own = sql`exists (select 1 from ${municipalityTopics} where ${municipalityTopics.municipalityId} = ${m.id} and ${municipalityTopics.topicSlug} = ${topic})`;
    const viaProject = sql`exists (select 1 from ${changeProjects} join ${changeProjectTopics} on ${changeProjectTopics.changeProjectId} = ${changeProjects.id} where ${changeProjects.municipalityId} = ${m.id} and ${changeProjectTopics.topicSlug} = ${topic})`;
    where.push(or(own, viaProject)!);
  }
  for (const word of foldForSearch(f.q ?? "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 8)) {
    where.push(sql`${m.searchName} like ${`%${word}%`}`);
  }
  return where;
}

const orderings: Record<SortOrder, SQL[]> = {
  name: [asc(m.searchName)],
  "einwohner-absteigend": [desc(m.population)],
  "einwohner-aufsteigend": [asc(m.population)],
  "flaeche-absteigend": [desc(m.areaKm2)],
  "dichte-absteigend": [sql`${m.population} / nullif(${m.areaKm2}, 0) desc`],
};

export async function listMunicipalities(db: Db, f: DirectoryFilters): Promise<DirectoryPage> {
  const page = Math.max(1, f.seite ?? 1);
  const rows = await db
    .select({
      ags: m.ags,
      slug: m.slug,
      name: m.name,
      kind: m.kind,
      stateCode: m.stateCode,
      population: m.population,
      areaKm2: m.areaKm2,
      isFellow: m.isFellow,
      total: sql<number>`count(*) over()`.mapWith(Number),
    })
    .from(m)
    .where(and(...conditions(f)))
    .orderBy(...orderings[f.sortierung ?? "name"], asc(m.ags))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    const counted = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(m)
      .where(and(...conditions(f)));
    total = counted[0].n;
  }
  const suggestions = total === 0 && f.q ? await similarNames(db, f.q) : [];
  return { items: rows.map(({ total: _t, ...item }) => item), total, page, pages: Math.max(1, Math.ceil(total / pageSize)), suggestions };
}

async function similarNames(db: Db, q: string) {
  const folded = foldForSearch(q);
  if (!folded) return [];
  return db
    .select({ slug: m.slug, name: m.name })
    .from(m)
    .where(sql`word_similarity(${folded}, ${m.searchName}) > 0.45`)
    .orderBy(sql`word_similarity(${folded}, ${m.searchName}) desc`, asc(m.name))
    .limit(5);
}

export async function listTopics(db: Db) {
  return db.select().from(topics).orderBy(asc(topics.position), asc(topics.label));
}

export async function findMunicipality(db: Db, ags: string) {
  const rows = await db.select().from(m).where(eq(m.ags, ags)).limit(1);
  return rows[0] ?? null;
}

export async function listFellows(db: Db) {
  return db.select({ slug: m.slug, name: m.name, kind: m.kind, stateCode: m.stateCode }).from(m).where(eq(m.isFellow, true)).orderBy(asc(m.searchName));
}

export async function countMunicipalities(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(m);
  return rows[0].n;
}

export async function fellowIds(db: Db): Promise<number[]> {
  return (await db.select({ id: m.id }).from(m).where(eq(m.isFellow, true)).orderBy(asc(m.searchName))).map((r) => r.id);
}

export async function listMunicipalitiesByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: m.id, ags: m.ags, name: m.name, slug: m.slug, stateCode: m.stateCode, kind: m.kind, population: m.population })
    .from(m)
    .where(inArray(m.id, ids));
}

export async function findMunicipalityById(db: Db, id: number) {
  return (await listMunicipalitiesByIds(db, [id]))[0] ?? null;
}

/** A municipality's change projects by title, for choosing one to link. */
export async function listProjectTitles(db: Db, municipalityId: number) {
  return db
    .select({ id: changeProjects.id, title: changeProjects.title })
    .from(changeProjects)
    .where(eq(changeProjects.municipalityId, municipalityId))
    .orderBy(asc(changeProjects.title));
}

export async function projectTitlesByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: changeProjects.id, title: changeProjects.title, municipalityId: changeProjects.municipalityId })
    .from(changeProjects)
    .where(inArray(changeProjects.id, ids));
}

/** What a search result shows of change projects: title, texts, municipality, topics. */
export async function projectCardsByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: changeProjects.id,
      title: changeProjects.title,
      summary: changeProjects.summary,
      goals: changeProjects.goals,
      learnings: changeProjects.learnings,
      municipalityId: changeProjects.municipalityId,
      name: m.name,
      slug: m.slug,
    })
    .from(changeProjects)
    .innerJoin(m, eq(m.id, changeProjects.municipalityId))
    .where(inArray(changeProjects.id, ids));
  const topicRows = await db
    .select({ id: changeProjectTopics.changeProjectId, slug: topics.slug, label: topics.label })
    .from(changeProjectTopics)
    .innerJoin(topics, eq(topics.slug, changeProjectTopics.topicSlug))
    .where(inArray(changeProjectTopics.changeProjectId, ids))
    .orderBy(asc(topics.position));
  return rows.map((r) => ({ ...r, topics: topicRows.filter((t) => t.id === r.id).map(({ slug, label }) => ({ slug, label })) }));
}

/** What a search result shows of municipalities: name, kind, Land and the profile text. */
export async function municipalityCardsByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ id: m.id, name: m.name, slug: m.slug, kind: m.kind, stateCode: m.stateCode, population: m.population, description: m.description })
    .from(m)
    .where(inArray(m.id, ids));
}
