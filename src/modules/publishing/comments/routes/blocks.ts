import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import { formatDateTime } from "../../../../platform/dates.ts";
import { blockAddress } from "../commands/block-address.ts";
import { unblockAddress } from "../commands/unblock-address.ts";
import { articleTitle } from "../queries.ts";
import { decisionBody, IdParams, unblockBody } from "../schemas.ts";
import { notFoundTexts } from "../texts.ts";
import { moderatedComment, moderator, queueAddress } from "./guards.ts";

/** Blocked addresses: the moderation blocks the address of a comment and lifts a block. */
export async function blockRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.post("/magazin/kommentare/:id/sperren", { schema: { params: IdParams, body: decisionBody } }, async (request, reply) => {
    const comment = await moderatedComment(request, db, request.params.id, true);
    await blockAddress(db, comment.email, `Kommentar vom ${formatDateTime(comment.createdAt)} zu „${await articleTitle(db, comment.articleId)}“`);
    return redirectAfterPost(reply, queueAddress(request.body.filter, "gesperrt"));
  });

  router.post("/magazin/kommentare/sperre-aufheben", { schema: { body: unblockBody } }, async (request, reply) => {
    moderator(request);
    if (!(await unblockAddress(db, request.body.email)).ok) throw notFound(notFoundTexts.blocked);
    return redirectAfterPost(reply, queueAddress(request.body.filter, "entsperrt"));
  });
}
