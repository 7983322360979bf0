import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import { findArticleRow, findRevision, listRevisions } from "../queries/editor.ts";
import { restoreRevision } from "../commands/restore-revision.ts";
import { IdParams, noticeQuery, revisionParams } from "../schemas.ts";
import { notFoundTexts, notices } from "../texts.ts";
import { RevisionPage, RevisionsPage } from "../views/revisions.tsx";
import { requireEditor } from "./guards.ts";

/** An article's earlier versions: the list, one version, and bringing one back. */
export async function revisionRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const existing = async (id: number) => (await findArticleRow(db, id)) ?? Promise.reject(notFound(notFoundTexts.article));

  router.get("/magazin/redaktion/beitraege/:id/versionen", { schema: { params: IdParams, querystring: noticeQuery } }, async (request, reply) => {
    requireEditor(request);
    const article = await existing(request.params.id);
    const revisions = await listRevisions(db, article.id);
    return sendPage(reply, RevisionsPage({ ctx: pageContext(request, reply), article, revisions, notice: notices[request.query.stand ?? ""] }));
  });

  router.get("/magazin/redaktion/beitraege/:id/versionen/:revisionId", { schema: { params: revisionParams } }, async (request, reply) => {
    requireEditor(request);
    const article = await existing(request.params.id);
    const revision = await findRevision(db, article.id, request.params.revisionId);
    if (!revision) throw notFound(notFoundTexts.revision);
    return sendPage(reply, RevisionPage({ ctx: pageContext(request, reply, { forms: true }), article, revision }));
  });

  router.post("/magazin/redaktion/beitraege/:id/versionen/:revisionId/wiederherstellen", { schema: { params: revisionParams } }, async (request, reply) => {
    const user = requireEditor(request);
    const article = await existing(request.params.id);
    if (!(await restoreRevision(db, user.id, article.id, request.params.revisionId)).ok) throw notFound(notFoundTexts.revision);
    return redirectAfterPost(reply, `/magazin/redaktion/beitraege/${article.id}/versionen?stand=wiederhergestellt`);
  });
}
