import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { commentsInLastHour, isBlocked, isReplyTarget } from "../queries.ts";
import { comments } from "../tables.ts";
import { cleanBody } from "../rules/comment-form.ts";
import type { CommentBody } from "../schemas.ts";
import { limits, messages, waitingNotice } from "../texts.ts";
import { notify } from "../../../../platform/notifications/notify.ts";
import { commentWaiting } from "../notifications.ts";

/**
 * A reader's comment waits for the editors' approval. Answers go under approved top-level comments
 * of the same article only; blocked addresses and more than five comments an hour are refused.
 */
export async function postComment(db: Db, article: { id: number }, input: CommentBody): Promise<CommandResult> {
  const parentText = input.commentParent ?? "";
  const parentId = /^\d{1,9}$/.test(parentText) ? Number(parentText) : null;
  if (parentText !== "" && (parentId === null || !(await isReplyTarget(db, article.id, parentId)))) return refused({ commentParent: messages.parent });
  const email = input.commentEmail;
  if (await isBlocked(db, email)) return refused({ commentEmail: messages.blocked });
  if ((await commentsInLastHour(db, email)) >= limits.perAddressAndHour) return refused({ commentEmail: messages.tooMany });
  await db.transaction(async (tx) => {
    await tx.insert(comments).values({ articleId: article.id, parentId, name: input.commentName, email, body: cleanBody(input.commentBody ?? "") });
    await notify(tx, commentWaiting, "all", waitingNotice(input.commentName));
  });
  return succeeded(null);
}
