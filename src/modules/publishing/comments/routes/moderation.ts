import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { approveComment } from "../commands/approve-comment.ts";
import { decideComment, type Decision } from "../commands/decide-comment.ts";
import { blockedList, moderationQueue } from "../queries.ts";
import { decisionBody, IdParams, queueQuery } from "../schemas.ts";
import { isCommentStatus, moderationNotices } from "../texts.ts";
import { QueuePage } from "../views/queue.tsx";
import { blockRoutes } from "./blocks.ts";
import { editRoutes } from "./edits.ts";
import { conflict, moderatedComment, moderator, queueAddress } from "./guards.ts";

const decisions: Record<string, { to: Decision; notice: string }> = {
  ablehnen: { to: "rejected", notice: "abgelehnt" },
  spam: { to: "spam", notice: "spam" },
  entfernen: { to: "removed", notice: "entfernt" },
};

/** The team's moderation: the queue and a decision per comment; blocked addresses and corrections in their own files. */
export async function moderationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

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
    const comment = await moderatedComment(request, db, request.params.id);
    if (!(await approveComment(db, config.baseUrl, comment.id)).ok) throw conflict();
    return redirectAfterPost(reply, queueAddress(request.body.filter, "freigegeben"));
  });

  for (const [path, decision] of Object.entries(decisions)) {
    router.post(`/magazin/kommentare/:id/${path}`, { schema: { params: IdParams, body: decisionBody } }, async (request, reply) => {
      const comment = await moderatedComment(request, db, request.params.id);
      if (!(await decideComment(db, comment.id, decision.to)).ok) throw conflict();
      return redirectAfterPost(reply, queueAddress(request.body.filter, decision.notice));
    });
  }

  await app.register(blockRoutes);
  await app.register(editRoutes);
}
