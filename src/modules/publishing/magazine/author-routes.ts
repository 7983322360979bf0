import type { FastifyInstance } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { text } from "../../../platform/forms.ts";
import { notFound } from "../../../platform/errors.ts";
import { authorFields, findAuthor, saveAuthor } from "./authors.ts";
import { requireEditor } from "./team-routes.ts";
import { AuthorForm } from "./views/author-form.tsx";
import { translateValidation } from "../../../platform/http/validation.ts";

const idParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const body = Type.Object({}, { additionalProperties: Type.String({ maxLength: 20_000 }) });
const values = (b: unknown) => Object.fromEntries(authorFields.map((f) => [f, text((b as Record<string, unknown> | undefined)?.[f])]));

/** Editors add and change the people who write for the Magazin. */
export async function authorRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function existing(id: number) {
    const author = Number.isInteger(id) ? await findAuthor(db, id) : null;
    if (!author) throw notFound("Die Autorin oder der Autor");
    return author;
  }

  router.get("/magazin/redaktion/autorinnen/neu", async (request, reply) => {
    requireEditor(request);
    return sendPage(reply, AuthorForm({ ctx: pageContext(request, reply, { forms: true }), id: null, values: values({}), errors: {} }));
  });

  router.post("/magazin/redaktion/autorinnen/neu", { attachValidation: true, schema: { body } }, async (request, reply) => {
    requireEditor(request);
    const result = await saveAuthor(db, null, (request.body ?? {}) as Record<string, unknown>, translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, "/magazin/redaktion?stand=autorin");
    return sendPage(
      reply,
      AuthorForm({ ctx: pageContext(request, reply, { forms: true }), id: null, values: values(request.body), errors: result.errors }),
      422,
    );
  });

  router.get("/magazin/redaktion/autorinnen/:id", { schema: { params: idParams } }, async (request, reply) => {
    requireEditor(request);
    const author = await existing(request.params.id);
    return sendPage(reply, AuthorForm({ ctx: pageContext(request, reply, { forms: true }), id: author.id, values: values(author), errors: {} }));
  });

  router.post("/magazin/redaktion/autorinnen/:id", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    requireEditor(request);
    const author = await existing(Number((request.params as { id: unknown }).id));
    const result = await saveAuthor(db, author.id, (request.body ?? {}) as Record<string, unknown>, translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, "/magazin/redaktion?stand=autorin");
    return sendPage(
      reply,
      AuthorForm({ ctx: pageContext(request, reply, { forms: true }), id: author.id, values: values(request.body), errors: result.errors }),
      422,
    );
  });
}
