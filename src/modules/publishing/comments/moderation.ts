import { and, eq, inArray, isNull, ne } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { Mailer } from "../../../platform/mail/mailer.ts";
import { hasErrors, type FieldErrors } from "../../../platform/forms.ts";
import { checkNameAndBody, cleanText } from "./commands.ts";
import { articleForMail } from "./queries.ts";
import { blockedAddresses, comments } from "./tables.ts";
import { approvedMail, authorMail, type CommentStatus } from "./texts.ts";

/** Which states a comment may come from for each decision of the moderation. */
const allowedFrom: Record<Exclude<CommentStatus, "pending">, CommentStatus[]> = {
  approved: ["pending", "rejected", "spam", "removed"],
  rejected: ["pending"],
  spam: ["pending", "rejected"],
  removed: ["approved"],
};
export type Decision = keyof typeof allowedFrom;

/** Moves a comment to a new state if it may go there from its current one; false otherwise. */
export async function decideComment(db: Db, id: number, to: Decision): Promise<boolean> {
  const rows = await db
    .update(comments)
    .set({ status: to, decidedAt: new Date() })
    // A comment erased on request (no e-mail left) stays removed.
    .where(and(eq(comments.id, id), inArray(comments.status, allowedFrom[to]), ne(comments.email, "")))
    .returning({ id: comments.id });
  return rows.length > 0;
}

/**
 * Approves a comment; the first approval tells the commenter and the article's authors by e-mail
 * (notifiedAt is claimed first, so a second approval or a parallel one sends nothing).
 */
export async function approveComment(db: Db, mailer: Mailer, baseUrl: string, id: number): Promise<boolean> {
  if (!(await decideComment(db, id, "approved"))) return false;
  const [claimed] = await db
    .update(comments)
    .set({ notifiedAt: new Date() })
    .where(and(eq(comments.id, id), isNull(comments.notifiedAt)))
    .returning();
  if (!claimed) return true;
  const article = await articleForMail(db, claimed.articleId);
  if (!article) return true;
  try {
    await mailer.send({ to: claimed.email, ...approvedMail(claimed, article, baseUrl) });
    for (const author of article.authors) await mailer.send({ to: author.email, ...authorMail(claimed, article, author.name, baseUrl) });
  } catch (error) {
    await db.update(comments).set({ notifiedAt: null }).where(eq(comments.id, id));
    throw error;
  }
  return true;
}

export type EditResult = { ok: true } | { ok: false; errors: FieldErrors };

/** The moderation corrects name or text (typos); readers see "bearbeitet von der Moderation". */
export async function editComment(db: Db, id: number, input: Record<string, unknown>): Promise<EditResult> {
  const errors: FieldErrors = {};
  const name = cleanText(input.commentName);
  const body = cleanText(input.commentBody);
  checkNameAndBody(name, body, errors);
  if (hasErrors(errors)) return { ok: false, errors };
  await db.update(comments).set({ name, body, editedByModeration: true }).where(eq(comments.id, id));
  return { ok: true };
}

/** Blocks the address of a comment: no further comments from it, its waiting comments become spam. */
export async function blockAddress(db: Db, email: string, reason: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(blockedAddresses).values({ email, reason }).onConflictDoNothing();
    await tx
      .update(comments)
      .set({ status: "spam", decidedAt: new Date() })
      .where(and(eq(comments.email, email), eq(comments.status, "pending")));
  });
}

export async function unblockAddress(db: Db, email: string): Promise<boolean> {
  const rows = await db.delete(blockedAddresses).where(eq(blockedAddresses.email, email)).returning({ email: blockedAddresses.email });
  return rows.length > 0;
}
