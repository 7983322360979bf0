import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { comments } from "../tables.ts";
import type { EditBody } from "../schemas.ts";

/** The moderation corrects name or text (typos); readers see "bearbeitet von der Moderation". */
export async function editComment(db: Db, id: number, input: EditBody): Promise<CommandResult> {
  await db.update(comments).set({ name: input.commentName, body: input.commentBody, editedByModeration: true }).where(eq(comments.id, id));
  return succeeded(null);
}
