import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { articleForMail } from "../queries.ts";
import { comments } from "../tables.ts";
import { approvedMail, authorMail } from "../texts.ts";
import { decideComment } from "./decide-comment.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";

/**
 * Approves a comment; the first approval tells the commenter and the article's authors by e-mail
 * (notifiedAt is claimed first, so a second approval or a parallel one queues nothing).
 */
export async function approveComment(db: Db, baseUrl: string, id: number): Promise<CommandResult> {
  return db.transaction(async (tx) => {
    const decided = await decideComment(tx, id, "approved");
    if (!decided.ok) return decided;
    const [claimed] = await tx
      .update(comments)
      .set({ notifiedAt: new Date() })
      .where(and(eq(comments.id, id), isNull(comments.notifiedAt)))
      .returning();
    if (!claimed) return succeeded(null);
    const article = await articleForMail(tx, claimed.articleId);
    if (!article) return succeeded(null);
    await enqueueMail(tx, { to: claimed.email, ...approvedMail(claimed, article, baseUrl) });
    for (const author of article.authors) await enqueueMail(tx, { to: author.email, ...authorMail(claimed, article, author.name, baseUrl) });
    return succeeded(null);
  });
}
