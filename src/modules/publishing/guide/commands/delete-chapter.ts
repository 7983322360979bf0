import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { guideChapters, guideSections } from "../tables.ts";
import { unindexSection } from "../search.ts";

/** Deletes a chapter with its sections and takes them out of the search. */
export async function deleteChapter(db: Db, id: number): Promise<CommandResult<number>> {
  const sections = await db.select({ id: guideSections.id }).from(guideSections).where(eq(guideSections.chapterId, id));
  await db.delete(guideChapters).where(eq(guideChapters.id, id));
  for (const section of sections) await unindexSection(db, section.id);
  return succeeded(id);
}
