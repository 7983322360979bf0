import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { editComment } from "../commands/edit-comment.ts";
import { articleTitle, type Comment } from "../queries.ts";
import { editBody, IdParams } from "../schemas.ts";
import { EditPage, type EditPageProps } from "../views/edit-page.tsx";
import { moderatedComment, queueAddress } from "./guards.ts";

/** The moderation corrects a comment's name or text. */
export async function editRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function showEdit(request: FastifyRequest, reply: FastifyReply, comment: Comment, values: EditPageProps["values"], errors: FieldErrors, status = 200) {
    const ctx = pageContext(request, reply, { forms: true });
    const title = await articleTitle(db, comment.articleId);
    return sendPage(reply, EditPage({ ctx, id: comment.id, articleTitle: title, createdAt: comment.createdAt, values, errors }), status);
  }

  router.get("/magazin/kommentare/:id/bearbeiten", { schema: { params: IdParams } }, async (request, reply) => {
    const comment = await moderatedComment(request, db, request.params.id, true);
    return showEdit(request, reply, comment, { commentName: comment.name, commentBody: comment.body }, {});
  });

  router.post("/magazin/kommentare/:id/bearbeiten", { attachValidation: true, schema: { params: IdParams, body: editBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const comment = await moderatedComment(request, db, request.params.id, true);
    const result = await unlessInvalid(errors, () => editComment(db, comment.id, request.body));
    if (result.ok) return redirectAfterPost(reply, queueAddress(undefined, "bearbeitet"));
    const values = { commentName: request.body.commentName ?? "", commentBody: request.body.commentBody ?? "" };
    return showEdit(request, reply, comment, values, result.errors, 422);
  });
}
