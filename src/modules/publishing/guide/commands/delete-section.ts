import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { guideSections } from "../tables.ts";
import { unindexSection } from "../search.ts";

/** Deletes a section and takes it out of the search. */
export async function deleteSection(db: Db, id: number): Promise<CommandResult<number>> {
  await db.delete(guideSections).where(eq(guideSections.id, id));
  await unindexSection(db, id);
  return succeeded(id);
}
