import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { text, type FieldErrors } from "../../../platform/forms.ts";
import { AppError, forbidden, notFound } from "../../../platform/errors.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { formatDateTime } from "../../../platform/dates.ts";
import { approveComment, blockAddress, decideComment, editComment, unblockAddress, type Decision } from "./moderation.ts";
import { articleTitle, blockedList, findComment, moderationQueue, type Comment } from "./queries.ts";
import { policies } from "./policies.ts";
import { isCommentStatus, messages, moderationNotices } from "./texts.ts";
import { EditPage, type EditPageProps } from "./views/edit-page.tsx";
import { QueuePage } from "./views/queue.tsx";

const idParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const formBody = Type.Object({}, { additionalProperties: Type.String({ maxLength: 20000 }) });
const decisions: Record<string, { to: Decision; notice: string }> = {
  ablehnen: { to: "rejected", notice: "abgelehnt" },
  spam: { to: "spam", notice: "spam" },
  entfernen: { to: "removed", notice: "entfernt" },
};
const conflict = () => new AppError(409, "comment_changed", messages.transition);

/** Back to the queue with a notice, keeping the state filter the moderator was looking at. */
function queueAddress(request: FastifyRequest, notice: string): string {
  const filter = text((request.body as Record<string, unknown> | undefined)?.filter);
  return `/magazin/kommentare?${new URLSearchParams({ ...(isCommentStatus(filter) ? { status: filter } : {}), stand: notice })}`;
}

/** The team's moderation: the queue, a decision per comment, corrections and blocked addresses. */
export async function moderationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { mailer, config } = app.deps;

  function moderator(request: FastifyRequest) {
    const user = requireUser(request);
    if (!policies.moderateComments(user)) throw forbidden();
    return user;
  }

  async function moderatedComment(request: FastifyRequest, id: number): Promise<Comment> {
    moderator(request);
    const comment = await findComment(db, id);
    if (!comment) throw notFound("Der Kommentar");
    return comment;
  }

  router.get("/magazin/kommentare", async (request, reply) => {
    moderator(request);
    const query = (request.query ?? {}) as Record<string, unknown>;
    const wanted = text(query.status);
    const status = isCommentStatus(wanted) ? wanted : null;
    const page = Math.min(Math.max(Number.parseInt(text(query.seite), 10) || 1, 1), 100_000);
    const [{ entries, total, counts }, blocked] = await Promise.all([moderationQueue(db, status, page), blockedList(db)]);
    const notice = moderationNotices[text(query.stand)];
    return sendPage(reply, QueuePage({ ctx: pageContext(request, reply, { forms: true }), entries, total, page, status, counts, blocked, notice }));
  });

  router.post("/magazin/kommentare/:id/freigeben", { schema: { params: idParams, body: formBody } }, async (request, reply) => {
    const comment = await moderatedComment(request, request.params.id);
    if (!(await approveComment(db, mailer, config.baseUrl, comment.id))) throw conflict();
    return redirectAfterPost(reply, queueAddress(request, "freigegeben"));
  });

  for (const [path, decision] of Object.entries(decisions)) {
    router.post(`/magazin/kommentare/:id/${path}`, { schema: { params: idParams, body: formBody } }, async (request, reply) => {
      const comment = await moderatedComment(request, request.params.id);
      if (!(await decideComment(db, comment.id, decision.to))) throw conflict();
      return redirectAfterPost(reply, queueAddress(request, decision.notice));
    });
  }

  router.post("/magazin/kommentare/:id/sperren", { schema: { params: idParams, body: formBody } }, async (request, reply) => {
    const comment = await moderatedComment(request, request.params.id);
    if (comment.email === "") throw conflict();
    await blockAddress(db, comment.email, `Kommentar vom ${formatDateTime(comment.createdAt)} zu „${await articleTitle(db, comment.articleId)}“`);
    return redirectAfterPost(reply, queueAddress(request, "gesperrt"));
  });

  router.post("/magazin/kommentare/sperre-aufheben", { schema: { body: formBody } }, async (request, reply) => {
    moderator(request);
    if (!(await unblockAddress(db, text((request.body as Record<string, unknown>).email).toLowerCase()))) throw notFound("Die gesperrte Adresse");
    return redirectAfterPost(reply, queueAddress(request, "entsperrt"));
  });

  async function showEdit(request: FastifyRequest, reply: FastifyReply, comment: Comment, values: EditPageProps["values"], errors: FieldErrors, status = 200) {
    const ctx = pageContext(request, reply, { forms: true });
    return sendPage(
      reply,
      EditPage({ ctx, id: comment.id, articleTitle: await articleTitle(db, comment.articleId), createdAt: comment.createdAt, values, errors }),
      status,
    );
  }

  router.get("/magazin/kommentare/:id/bearbeiten", { schema: { params: idParams } }, async (request, reply) => {
    const comment = await moderatedComment(request, request.params.id);
    if (comment.email === "") throw conflict();
    return showEdit(request, reply, comment, { commentName: comment.name, commentBody: comment.body }, {});
  });

  // No length limit in the schema: the command answers an overlong text with its German message.
  router.post(
    "/magazin/kommentare/:id/bearbeiten",
    { schema: { params: idParams, body: Type.Object({}, { additionalProperties: Type.String() }) } },
    async (request, reply) => {
      const comment = await moderatedComment(request, request.params.id);
      if (comment.email === "") throw conflict();
      const body = (request.body ?? {}) as Record<string, unknown>;
      const result = await editComment(db, comment.id, body);
      if (result.ok) return redirectAfterPost(reply, queueAddress(request, "bearbeitet"));
      return showEdit(request, reply, comment, { commentName: text(body.commentName), commentBody: text(body.commentBody) }, result.errors, 422);
    },
  );
}
