import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { AppError, forbidden, notFound } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { formatDateTime } from "../../../../platform/dates.ts";
import { approveComment } from "../commands/approve-comment.ts";
import { blockAddress } from "../commands/block-address.ts";
import { decideComment, type Decision } from "../commands/decide-comment.ts";
import { editComment } from "../commands/edit-comment.ts";
import { unblockAddress } from "../commands/unblock-address.ts";
import { articleTitle, blockedList, findComment, moderationQueue, type Comment } from "../queries.ts";
import { policies } from "../policies.ts";
import { decisionBody, editBody, IdParams, queueQuery, unblockBody } from "../schemas.ts";
import { isCommentStatus, messages, moderationNotices, notFoundTexts } from "../texts.ts";
import { EditPage, type EditPageProps } from "../views/edit-page.tsx";
import { QueuePage } from "../views/queue.tsx";

const decisions: Record<string, { to: Decision; notice: string }> = {
  ablehnen: { to: "rejected", notice: "abgelehnt" },
  spam: { to: "spam", notice: "spam" },
  entfernen: { to: "removed", notice: "entfernt" },
};
const conflict = () => new AppError(409, "comment_changed", messages.transition);

/** Back to the queue with a notice, keeping the state filter the moderator was looking at. */
function queueAddress(filter: string | undefined, notice: string): string {
  return `/magazin/kommentare?${new URLSearchParams({ ...(filter && isCommentStatus(filter) ? { status: filter } : {}), stand: notice })}`;
}

/** Every moderation page: logged in (else 401) and allowed to moderate (else 403). */
function moderator(request: FastifyRequest) {
  const user = requireUser(request);
  if (!policies.moderateComments(user)) throw forbidden();
  return user;
}

/** The team's moderation: the queue, a decision per comment, corrections and blocked addresses. */
export async function moderationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { mailer, config } = app.deps;

  /** A comment the moderation may still change: one erased on request (no address left) is not. */
  async function moderatedComment(request: FastifyRequest, id: number, changeable = false): Promise<Comment> {
    moderator(request);
    const comment = await findComment(db, id);
    if (!comment) throw notFound(notFoundTexts.comment);
    if (changeable && comment.email === "") throw conflict();
    return comment;
  }

  router.get("/magazin/kommentare", { schema: { querystring: queueQuery } }, async (request, reply) => {
    moderator(request);
    const wanted = request.query.status ?? "";
    const status = isCommentStatus(wanted) ? wanted : null;
    const page = Math.min(Math.max(Number.parseInt(request.query.seite ?? "", 10) || 1, 1), 100_000);
    const [{ entries, total, counts }, blocked] = await Promise.all([moderationQueue(db, status, page), blockedList(db)]);
    const notice = moderationNotices[request.query.stand ?? ""];
    return sendPage(reply, QueuePage({ ctx: pageContext(request, reply, { forms: true }), entries, total, page, status, counts, blocked, notice }));
  });

  router.post("/magazin/kommentare/:id/freigeben", { schema: { params: IdParams, body: decisionBody } }, async (request, reply) => {
    const comment = await moderatedComment(request, request.params.id);
    if (!(await approveComment(db, mailer, config.baseUrl, comment.id))) throw conflict();
    return redirectAfterPost(reply, queueAddress(request.body.filter, "freigegeben"));
  });

  for (const [path, decision] of Object.entries(decisions)) {
    router.post(`/magazin/kommentare/:id/${path}`, { schema: { params: IdParams, body: decisionBody } }, async (request, reply) => {
      const comment = await moderatedComment(request, request.params.id);
      if (!(await decideComment(db, comment.id, decision.to))) throw conflict();
      return redirectAfterPost(reply, queueAddress(request.body.filter, decision.notice));
    });
  }

  router.post("/magazin/kommentare/:id/sperren", { schema: { params: IdParams, body: decisionBody } }, async (request, reply) => {
    const comment = await moderatedComment(request, request.params.id, true);
    await blockAddress(db, comment.email, `Kommentar vom ${formatDateTime(comment.createdAt)} zu „${await articleTitle(db, comment.articleId)}“`);
    return redirectAfterPost(reply, queueAddress(request.body.filter, "gesperrt"));
  });

  router.post("/magazin/kommentare/sperre-aufheben", { schema: { body: unblockBody } }, async (request, reply) => {
    moderator(request);
    if (!(await unblockAddress(db, request.body.email))) throw notFound(notFoundTexts.blocked);
    return redirectAfterPost(reply, queueAddress(request.body.filter, "entsperrt"));
  });

  async function showEdit(request: FastifyRequest, reply: FastifyReply, comment: Comment, values: EditPageProps["values"], errors: FieldErrors, status = 200) {
    const ctx = pageContext(request, reply, { forms: true });
    const title = await articleTitle(db, comment.articleId);
    return sendPage(reply, EditPage({ ctx, id: comment.id, articleTitle: title, createdAt: comment.createdAt, values, errors }), status);
  }

  router.get("/magazin/kommentare/:id/bearbeiten", { schema: { params: IdParams } }, async (request, reply) => {
    const comment = await moderatedComment(request, request.params.id, true);
    return showEdit(request, reply, comment, { commentName: comment.name, commentBody: comment.body }, {});
  });

  router.post("/magazin/kommentare/:id/bearbeiten", { attachValidation: true, schema: { params: IdParams, body: editBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const comment = await moderatedComment(request, request.params.id, true);
    const result = await unlessInvalid(errors, () => editComment(db, comment.id, request.body));
    if (result.ok) return redirectAfterPost(reply, queueAddress(undefined, "bearbeitet"));
    const values = { commentName: request.body.commentName ?? "", commentBody: request.body.commentBody ?? "" };
    return showEdit(request, reply, comment, values, result.errors, 422);
  });
}
