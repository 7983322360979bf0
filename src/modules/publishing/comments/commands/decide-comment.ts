import { and, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { comments } from "../tables.ts";
import type { CommentStatus } from "../texts.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";

/** Which states a comment may come from for each decision of the moderation. */
const allowedFrom: Record<Exclude<CommentStatus, "pending">, CommentStatus[]> = {
  approved: ["pending", "rejected", "spam", "removed"],
  rejected: ["pending"],
  spam: ["pending", "rejected"],
  removed: ["approved"],
};
export type Decision = keyof typeof allowedFrom;

/** Moves a comment to a new state if it may go there from its current one; refused otherwise. */
export async function decideComment(db: Db, id: number, to: Decision): Promise<CommandResult> {
  const rows = await db
    .update(comments)
    .set({ status: to, decidedAt: new Date() })
    // A comment erased on request (no e-mail left) stays removed.
    .where(and(eq(comments.id, id), inArray(comments.status, allowedFrom[to]), ne(comments.email, "")))
    .returning({ id: comments.id });
  return rows.length > 0 ? succeeded(null) : refusedForm("Der Kommentar ist nicht mehr in dem Zustand, aus dem diese Entscheidung möglich ist.");
}
