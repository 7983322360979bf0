import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { notFound } from "../../../../platform/errors.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { findAuthor, findAuthorPage } from "../queries/authors.ts";
import { saveAuthor } from "../commands/save-author.ts";
import { authorBody, IdParams, slugParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { notFoundTexts } from "../texts.ts";
import { AuthorForm, type AuthorValues } from "../views/author-form.tsx";
import { AuthorPage } from "../views/author-page.tsx";
import { requireEditor } from "./guards.ts";

const valuesOf = (input: Partial<AuthorValues>): AuthorValues => ({
  name: input.name ?? "",
  role: input.role ?? "",
  bio: input.bio ?? "",
  email: input.email ?? "",
});

/** The people who write for the Magazin: their public page, and the editors' form to add and change them. */
export async function authorRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  const existing = async (id: number) => (await findAuthor(db, id)) ?? Promise.reject(notFound(notFoundTexts.author));
  const showForm = (request: FastifyRequest, reply: FastifyReply, id: number | null, values: AuthorValues, errors: FieldErrors, status = 200) =>
    sendPage(reply, AuthorForm({ ctx: pageContext(request, reply, { forms: true }), id, values, errors }), status);

  router.get("/magazin/autorinnen/:slug", { schema: { params: slugParams } }, async (request, reply) => {
    const found = await findAuthorPage(db, request.params.slug);
    if (!found) throw notFound(notFoundTexts.author);
    return sendPage(reply, AuthorPage({ ctx: pageContext(request, reply), ...found, canEdit: policies.editMagazine(request.user) }));
  });

  router.get("/magazin/redaktion/autorinnen/neu", async (request, reply) => {
    requireEditor(request);
    return showForm(request, reply, null, valuesOf({}), {});
  });

  router.post("/magazin/redaktion/autorinnen/neu", { attachValidation: true, schema: { body: authorBody } }, async (request, reply) => {
    const errors = formErrors(request);
    requireEditor(request);
    const result = await unlessInvalid(errors, () => saveAuthor(db, null, request.body));
    if (result.ok) return redirectAfterPost(reply, "/magazin/redaktion?stand=autorin");
    return showForm(request, reply, null, valuesOf(request.body), result.errors, 422);
  });

  router.get("/magazin/redaktion/autorinnen/:id", { schema: { params: IdParams } }, async (request, reply) => {
    requireEditor(request);
    const author = await existing(request.params.id);
    return showForm(request, reply, author.id, valuesOf(author), {});
  });

  router.post("/magazin/redaktion/autorinnen/:id", { attachValidation: true, schema: { params: IdParams, body: authorBody } }, async (request, reply) => {
    const errors = formErrors(request);
    requireEditor(request);
    const author = await existing(request.params.id);
    const result = await unlessInvalid(errors, () => saveAuthor(db, author.id, request.body));
    if (result.ok) return redirectAfterPost(reply, "/magazin/redaktion?stand=autorin");
    return showForm(request, reply, author.id, valuesOf(request.body), result.errors, 422);
  });
}
