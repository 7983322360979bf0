import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import type { Mailer } from "../../../../platform/mail/mailer.ts";
import { articleForMail } from "../queries.ts";
import { comments } from "../tables.ts";
import { approvedMail, authorMail } from "../texts.ts";
import { decideComment } from "./decide-comment.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";

/**
 * Approves a comment; the first approval tells the commenter and the article's authors by e-mail
 * (notifiedAt is claimed first, so a second approval or a parallel one sends nothing).
 */
export async function approveComment(db: Db, mailer: Mailer, baseUrl: string, id: number): Promise<CommandResult> {
  const decided = await decideComment(db, id, "approved");
  if (!decided.ok) return decided;
  const [claimed] = await db
    .update(comments)
    .set({ notifiedAt: new Date() })
    .where(and(eq(comments.id, id), isNull(comments.notifiedAt)))
    .returning();
  if (!claimed) return succeeded(null);
  const article = await articleForMail(db, claimed.articleId);
  if (!article) return succeeded(null);
  try {
    await mailer.send({ to: claimed.email, ...approvedMail(claimed, article, baseUrl) });
    for (const author of article.authors) await mailer.send({ to: author.email, ...authorMail(claimed, article, author.name, baseUrl) });
  } catch (error) {
    await db.update(comments).set({ notifiedAt: null }).where(eq(comments.id, id));
    throw error;
  }
  return succeeded(null);
}
