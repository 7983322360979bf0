import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { changeProjects, changeProjectTopics, milestones, municipalities, municipalityTopics, topics } from "../tables.ts";

export async function listTopics(db: Db) {
  return db.select().from(topics).orderBy(asc(topics.position), asc(topics.label));
}

export async function findMunicipality(db: Db, ags: string) {
  const rows = await db.select().from(municipalities).where(eq(municipalities.ags, ags)).limit(1);
  return rows[0] ?? null;
}

export async function listFellows(db: Db) {
  return db
    .select({ slug: municipalities.slug, name: municipalities.name, kind: municipalities.kind, stateCode: municipalities.stateCode })
    .from(municipalities)
    .where(eq(municipalities.isFellow, true))
    .orderBy(asc(municipalities.searchName));
}

export async function countMunicipalities(db: Db): Promise<number> {
  const rows = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(municipalities);
  return rows[0].n;
}

export async function fellowIds(db: Db): Promise<number[]> {
  return (await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.isFellow, true)).orderBy(asc(municipalities.searchName))).map(
    (r) => r.id,
  );
}

export async function listMunicipalitiesByIds(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: municipalities.id,
      ags: municipalities.ags,
      name: municipalities.name,
      slug: municipalities.slug,
      stateCode: municipalities.stateCode,
      kind: municipalities.kind,
      population: municipalities.population,
    })
    .from(municipalities)
    .where(inArray(municipalities.id, ids));
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
      name: municipalities.name,
      slug: municipalities.slug,
    })
    .from(changeProjects)
    .innerJoin(municipalities, eq(municipalities.id, changeProjects.municipalityId))
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
    .select({
      id: municipalities.id,
      name: municipalities.name,
      slug: municipalities.slug,
      kind: municipalities.kind,
      stateCode: municipalities.stateCode,
      population: municipalities.population,
      description: municipalities.description,
    })
    .from(municipalities)
    .where(inArray(municipalities.id, ids));
}

/** The topics among these slugs that exist. */
export async function knownTopics(db: Db, slugs: string[]): Promise<string[]> {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return [];
  return (await db.select({ slug: topics.slug }).from(topics).where(inArray(topics.slug, unique))).map((t) => t.slug);
}

/** A change project of this municipality with its topic slugs and milestones, for its form. */
export async function findChangeProject(db: Db, municipalityId: number, projectId: number) {
  const [project] = await db
    .select()
    .from(changeProjects)
    .where(and(eq(changeProjects.id, projectId), eq(changeProjects.municipalityId, municipalityId)));
  if (!project) return null;
  const topicRows = await db
    .select({ slug: changeProjectTopics.topicSlug })
    .from(changeProjectTopics)
    .where(eq(changeProjectTopics.changeProjectId, projectId));
  const rows = await db.select().from(milestones).where(eq(milestones.changeProjectId, projectId)).orderBy(milestones.dueOn, milestones.id);
  return { ...project, topics: topicRows.map((t) => t.slug), milestones: rows };
}

/** Every municipality by name, for a form's choice of one. */
export async function listMunicipalityChoices(db: Db) {
  return db.select({ id: municipalities.id, ags: municipalities.ags, name: municipalities.name }).from(municipalities).orderBy(asc(municipalities.searchName));
}

/** A municipality with its official mail domains, for deciding how an access request is confirmed. */
export async function findMunicipalityWithDomains(db: Db, id: number) {
  const rows = await db
    .select({ id: municipalities.id, name: municipalities.name, slug: municipalities.slug, officialDomains: municipalities.officialDomains })
    .from(municipalities)
    .where(eq(municipalities.id, id));
  return rows[0] ?? null;
}

/** The topics a municipality works on: those of its profile and of its change projects. */
export async function topicsOfMunicipality(db: Db, municipalityId: number): Promise<string[]> {
  const [own, projects] = await Promise.all([
    db.select({ slug: municipalityTopics.topicSlug }).from(municipalityTopics).where(eq(municipalityTopics.municipalityId, municipalityId)),
    db
      .select({ slug: changeProjectTopics.topicSlug })
      .from(changeProjectTopics)
      .innerJoin(changeProjects, eq(changeProjects.id, changeProjectTopics.changeProjectId))
      .where(eq(changeProjects.municipalityId, municipalityId)),
  ]);
  return [...new Set([...own, ...projects].map((t) => t.slug))];
}
