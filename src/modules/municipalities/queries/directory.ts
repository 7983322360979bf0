import { and, asc, desc, eq, gte, lte, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { changeProjects, changeProjectTopics, municipalities, municipalityTopics } from "../tables.ts";
import { sizeClasses, type Kind, type SizeClass, type SortOrder } from "../reference.ts";
import { foldForSearch } from "../../../platform/search/fold.ts";

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

function conditions(filters: DirectoryFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.land) where.push(eq(municipalities.stateCode, filters.land));
  if (filters.typ) where.push(eq(municipalities.kind, filters.typ));
  if (filters.groesse) {
    const size = sizeClasses[filters.groesse];
    where.push(gte(municipalities.population, size.min), lte(municipalities.population, size.max));
  }
  if (filters.fellow) where.push(eq(municipalities.isFellow, filters.fellow === "ja"));
  if (filters.thema) {
    const topic = filters.thema;
    const own = sql`exists (select 1 from ${municipalityTopics} where ${municipalityTopics.municipalityId} = ${municipalities.id} and ${municipalityTopics.topicSlug} = ${topic})`;
    const viaProject = sql`exists (select 1 from ${changeProjects} join ${changeProjectTopics} on ${changeProjectTopics.changeProjectId} = ${changeProjects.id} where ${changeProjects.municipalityId} = ${municipalities.id} and ${changeProjectTopics.topicSlug} = ${topic})`;
    where.push(or(own, viaProject)!);
  }
  for (const word of foldForSearch(filters.q ?? "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 8)) {
    where.push(sql`${municipalities.searchName} like ${`%${word}%`}`);
  }
  return where;
}

const orderings: Record<SortOrder, SQL[]> = {
  name: [asc(municipalities.searchName)],
  "einwohner-absteigend": [desc(municipalities.population)],
  // A population of 0 is no figure at all: such rows come last, not first.
  "einwohner-aufsteigend": [sql`nullif(${municipalities.population}, 0) asc nulls last`],
  "flaeche-absteigend": [desc(municipalities.areaKm2)],
  "dichte-absteigend": [sql`${municipalities.population} / nullif(${municipalities.areaKm2}, 0) desc`],
};

export async function listMunicipalities(db: Db, filters: DirectoryFilters): Promise<DirectoryPage> {
  const page = Math.max(1, filters.seite ?? 1);
  const rows = await db
    .select({
      ags: municipalities.ags,
      slug: municipalities.slug,
      name: municipalities.name,
      kind: municipalities.kind,
      stateCode: municipalities.stateCode,
      population: municipalities.population,
      areaKm2: municipalities.areaKm2,
      isFellow: municipalities.isFellow,
      total: sql<number>`count(*) over()`.mapWith(Number),
    })
    .from(municipalities)
    .where(and(...conditions(filters)))
    .orderBy(...orderings[filters.sortierung ?? "name"], asc(municipalities.ags))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page > 1) {
    const counted = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(municipalities)
      .where(and(...conditions(filters)));
    total = counted[0].n;
  }
  const suggestions = total === 0 && filters.q ? await similarNames(db, filters.q) : [];
  return { items: rows.map(({ total: _t, ...item }) => item), total, page, pages: Math.max(1, Math.ceil(total / pageSize)), suggestions };
}

async function similarNames(db: Db, query: string) {
  const folded = foldForSearch(query);
  if (!folded) return [];
  return db
    .select({ slug: municipalities.slug, name: municipalities.name })
    .from(municipalities)
    .where(sql`word_similarity(${folded}, ${municipalities.searchName}) > 0.45`)
    .orderBy(sql`word_similarity(${folded}, ${municipalities.searchName}) desc`, asc(municipalities.name))
    .limit(5);
}
