import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { changeProjects, changeProjectTopics, municipalities } from "../tables.ts";
import { knownTopics } from "../queries/lookups.ts";
import { indexChangeProject } from "../search.ts";
import type { Phase } from "../reference.ts";

export interface NewChangeProject {
  title: string;
  summary: string;
  /** Topic slugs; unknown ones are left out. */
  topics: string[];
  phase: Phase;
  startsOn: string | null;
}

/**
 * Puts a change project on a municipality's profile that another module brought (the project of an accepted
 * application). Runs in the caller's transaction and indexes the project there.
 */
export async function addChangeProject(db: Db, municipalityId: number, project: NewChangeProject): Promise<number> {
  const [{ id }] = await db
    .insert(changeProjects)
    .values({ municipalityId, title: project.title, summary: project.summary, phase: project.phase, startsOn: project.startsOn })
    .returning({ id: changeProjects.id });
  const topics = await knownTopics(db, project.topics);
  if (topics.length > 0) await db.insert(changeProjectTopics).values(topics.map((topicSlug) => ({ changeProjectId: id, topicSlug })));
  await db.update(municipalities).set({ updatedAt: new Date() }).where(eq(municipalities.id, municipalityId));
  await indexChangeProject(db, id);
  return id;
}
