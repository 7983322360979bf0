import type { FastifyRequest } from "fastify";
import type { Db } from "../../../../db/client.ts";
import { AppError, forbidden, notFound } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { findComment, type Comment } from "../queries.ts";
import { policies } from "../policies.ts";
import { isCommentStatus, messages, notFoundTexts } from "../texts.ts";

/** A decision on a comment whose state changed meanwhile. */
export const conflict = () => new AppError(409, "comment_changed", messages.transition);

/** Back to the queue with a notice, keeping the state filter the moderator was looking at. */
export function queueAddress(filter: string | undefined, notice: string): string {
  return `/magazin/kommentare?${new URLSearchParams({ ...(filter && isCommentStatus(filter) ? { status: filter } : {}), stand: notice })}`;
}

/** Every moderation page: logged in (else 401) and allowed to moderate (else 403). */
export function moderator(request: FastifyRequest) {
  const user = requireUser(request);
  if (!policies.moderateComments(user)) throw forbidden();
  return user;
}

/** A comment for the moderation (404 if unknown); `changeable`: one erased on request (no address left) answers 409. */
export async function moderatedComment(request: FastifyRequest, db: Db, id: number, changeable = false): Promise<Comment> {
  moderator(request);
  const comment = await findComment(db, id);
  if (!comment) throw notFound(notFoundTexts.comment);
  if (changeable && comment.email === "") throw conflict();
  return comment;
}
