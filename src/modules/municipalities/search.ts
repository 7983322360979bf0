import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { indexDocument, removeDocument, type SearchDocument } from "../../platform/search/indexer.ts";
import { changeProjects, changeProjectTopics, municipalities, municipalityTopics } from "./tables.ts";

/** Kinds this module puts into the platform's search index. */
export const searchKinds = { municipality: "kommune", project: "vorhaben" } as const;

async function placeOf(db: Db, municipalityId: number) {
  const [place] = await db
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
  return place ?? null;
}

const placeFields = (m: NonNullable<Awaited<ReturnType<typeof placeOf>>>) => ({
  municipalityId: m.id,
  stateCode: m.stateCode,
  municipalityKind: m.kind,
  population: m.population,
});

/** Profiles are public; one with a description can be found by what it says. */
export async function indexMunicipality(db: Db, municipalityId: number): Promise<void> {
  const place = await placeOf(db, municipalityId);
  if (!place || !place.description.trim()) return removeDocument(db, searchKinds.municipality, municipalityId);
  const topicRows = await db.select({ slug: municipalityTopics.topicSlug }).from(municipalityTopics).where(eq(municipalityTopics.municipalityId, place.id));
  const doc: SearchDocument = {
    kind: searchKinds.municipality,
    id: place.id,
    audience: "public",
    title: place.name,
    body: place.description,
    topics: topicRows.map((t) => t.slug),
    ...placeFields(place),
  };
  await indexDocument(db, doc);
}

export async function indexChangeProject(db: Db, projectId: number): Promise<void> {
  const [project] = await db.select().from(changeProjects).where(eq(changeProjects.id, projectId));
  const place = project && (await placeOf(db, project.municipalityId));
  if (!project || !place) return removeDocument(db, searchKinds.project, projectId);
  const topicRows = await db
    .select({ slug: changeProjectTopics.topicSlug })
    .from(changeProjectTopics)
    .where(eq(changeProjectTopics.changeProjectId, project.id));
  const body = [project.summary, ...project.goals, project.learnings].join("\n");
  await indexDocument(db, {
    kind: searchKinds.project,
    id: project.id,
    audience: "public",
    title: project.title,
    body,
    topics: topicRows.map((t) => t.slug),
    ...placeFields(place),
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
  for (const municipality of described) await indexMunicipality(db, municipality.id);
  const projects = await db.select({ id: changeProjects.id }).from(changeProjects);
  for (const project of projects) await indexChangeProject(db, project.id);
}
