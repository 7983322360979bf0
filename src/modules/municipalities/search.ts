import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { indexDocument, removeDocument, type SearchDocument } from "../../platform/search/indexer.ts";
import { changeProjects, changeProjectTopics, municipalities, municipalityTopics } from "./tables.ts";

/** Kinds this module puts into the platform's search index. */
export const searchKinds = { municipality: "kommune", project: "vorhaben" } as const;

async function place(db: Db, municipalityId: number) {
  const [m] = await db
    .select({
      id: municipalities.id,
      name: municipalities.name,
      description: municipalities.description,
      stateCode: municipalities.stateCode,
      kind: municipalities.kind,
      population: municipalities.population,
    })
    .from(municipalities)
    .where(eq(municipalities.id, municipalityId));
  return m ?? null;
}

const placeFields = (m: NonNullable<Awaited<ReturnType<typeof place>>>) => ({
  municipalityId: m.id,
  stateCode: m.stateCode,
  municipalityKind: m.kind,
  population: m.population,
});

/** Profiles are public; one with a description can be found by what it says. */
export async function indexMunicipality(db: Db, municipalityId: number): Promise<void> {
  const m = await place(db, municipalityId);
  if (!m || !m.description.trim()) return removeDocument(db, searchKinds.municipality, municipalityId);
  const topicRows = await db.select({ slug: municipalityTopics.topicSlug }).from(municipalityTopics).where(eq(municipalityTopics.municipalityId, m.id));
  const doc: SearchDocument = {
    kind: searchKinds.municipality,
    id: m.id,
    audience: "public",
    title: m.name,
    body: m.description,
    topics: topicRows.map((t) => t.slug),
    ...placeFields(m),
  };
  await indexDocument(db, doc);
}

export async function indexChangeProject(db: Db, projectId: number): Promise<void> {
  const [p] = await db.select().from(changeProjects).where(eq(changeProjects.id, projectId));
  const m = p && (await place(db, p.municipalityId));
  if (!p || !m) return removeDocument(db, searchKinds.project, projectId);
  const topicRows = await db.select({ slug: changeProjectTopics.topicSlug }).from(changeProjectTopics).where(eq(changeProjectTopics.changeProjectId, p.id));
  const body = [p.summary, ...p.goals, p.learnings].join("\n");
  await indexDocument(db, {
    kind: searchKinds.project,
    id: p.id,
    audience: "public",
    title: p.title,
    body,
    topics: topicRows.map((t) => t.slug),
    ...placeFields(m),
  });
}

export async function unindexChangeProject(db: Db, projectId: number): Promise<void> {
  await removeDocument(db, searchKinds.project, projectId);
}

/** Puts every described municipality and every change project into the index (first start, after an upgrade). */
export async function indexAllMunicipalities(db: Db): Promise<void> {
  const described = await db
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(sql`${municipalities.description} <> ''`);
  for (const m of described) await indexMunicipality(db, m.id);
  const projects = await db.select({ id: changeProjects.id }).from(changeProjects);
  for (const p of projects) await indexChangeProject(db, p.id);
}
