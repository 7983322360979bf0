import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { notFound } from "../../../../platform/errors.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { formValues, type FieldErrors } from "../../../../platform/forms.ts";
import { articleFormValues, findArticleRow, formOptions, listAllArticles, type ArticleRow, type FormValues } from "../queries/editor.ts";
import { listAuthors } from "../queries/authors.ts";
import { resolveArticle } from "../queries/article-choices.ts";
import { saveArticle } from "../commands/save-article.ts";
import { stateOf } from "../rules/article-state.ts";
import { articleBody, IdParams, noticeQuery, type ArticleBody } from "../schemas.ts";
import { notFoundTexts, notices, stateLabels } from "../texts.ts";
import { ArticleForm } from "../views/article-form.tsx";
import { TeamPage } from "../views/team-page.tsx";
import { requireEditor } from "./guards.ts";
import { pendingCount } from "../../comments/queries.ts";

const stateKeys = { draft: "entwurf", published: "veroeffentlicht", scheduled: "geplant" } as const;

/** The form's values as sent, ids and ticks written back as the form sends them. */
const sentValues = (body: ArticleBody): FormValues => ({ ...formValues(body), commentsOpen: body.commentsOpen === true ? "ja" : "" });

/** The editors' pages: the overview, writing and changing articles. */
export async function editorRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  const existing = async (id: number) => (await findArticleRow(db, id)) ?? Promise.reject(notFound(notFoundTexts.article));

  async function form(request: FastifyRequest, reply: FastifyReply, article: ArticleRow | null, values: FormValues, errors: FieldErrors, status = 200) {
    const linked = (Array.isArray(values.municipalities) ? values.municipalities : []).filter((value) => /^\d{1,9}$/.test(value)).map(Number);
    const options = await formOptions(db, article?.id ?? null, linked);
    const current = article ? { id: article.id, slug: article.slug, state: stateLabels[stateOf(article.status, article.publishAt)] } : null;
    return sendPage(reply, ArticleForm({ ctx: pageContext(request, reply, { forms: true }), article: current, values, errors, options }), status);
  }

  async function save(request: FastifyRequest, reply: FastifyReply, body: ArticleBody, by: { userId: number; article: ArticleRow | null }) {
    const id = by.article?.id ?? null;
    const { input, errors } = await resolveArticle(db, id, body, formErrors(request));
    const result = await unlessInvalid(errors, () => saveArticle(db, by.userId, id, input));
    if (result.ok) return redirectAfterPost(reply, `/magazin/redaktion?stand=${stateKeys[result.value.state]}`);
    return form(request, reply, by.article, sentValues(body), result.errors, 422);
  }

  router.get("/magazin/redaktion", { schema: { querystring: noticeQuery } }, async (request, reply) => {
    requireEditor(request);
    const [articles, authors, waiting] = await Promise.all([listAllArticles(db), listAuthors(db), pendingCount(db)]);
    return sendPage(reply, TeamPage({ ctx: pageContext(request, reply), articles, authors, waiting, notice: notices[request.query.stand ?? ""] }));
  });

  router.get("/magazin/redaktion/neu", async (request, reply) => {
    requireEditor(request);
    return form(request, reply, null, { commentsOpen: "ja" }, {});
  });

  router.post("/magazin/redaktion/neu", { attachValidation: true, schema: { body: articleBody } }, async (request, reply) => {
    const user = requireEditor(request);
    return save(request, reply, request.body, { userId: user.id, article: null });
  });

  router.get("/magazin/redaktion/beitraege/:id", { schema: { params: IdParams } }, async (request, reply) => {
    requireEditor(request);
    const article = await existing(request.params.id);
    return form(request, reply, article, await articleFormValues(db, article), {});
  });

  router.post("/magazin/redaktion/beitraege/:id", { attachValidation: true, schema: { params: IdParams, body: articleBody } }, async (request, reply) => {
    formErrors(request); // an invalid id answers 404 before anything else
    const user = requireEditor(request);
    return save(request, reply, request.body, { userId: user.id, article: await existing(request.params.id) });
  });
}
