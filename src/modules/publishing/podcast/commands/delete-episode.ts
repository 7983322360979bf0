import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { episodes } from "../tables.ts";

/** Deletes an episode; its audio goes with it (the foreign key cascades). */
export async function deleteEpisode(db: Db, id: number): Promise<CommandResult<number>> {
  await db.delete(episodes).where(eq(episodes.id, id));
  return succeeded(id);
}
