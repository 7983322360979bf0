import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { asList, formValues, text, type FieldErrors } from "../../../platform/forms.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { policies } from "./policies.ts";
import { restoreRevision, saveArticle } from "./commands.ts";
import type { SaveAction } from "./article-input.ts";
import { articleFormValues, findArticleRow, findRevision, formOptions, listAllArticles, listRevisions, type FormValues } from "./team-queries.ts";
import { listAuthors } from "./queries.ts";
import { ArticleForm } from "./views/article-form.tsx";
import { TeamPage } from "./views/team-page.tsx";
import { stateLabels, stateOf } from "./article-state.ts";
import { RevisionPage, RevisionsPage } from "./views/revisions.tsx";
import { authorRoutes } from "./author-routes.ts";
import { imageRoutes } from "./image-routes.ts";
import { translateValidation } from "../../../platform/http/validation.ts";

const id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const idParams = Type.Object({ id });
const revisionParams = Type.Object({ id, revisionId: id });
const body = Type.Object(
  {},
  { additionalProperties: Type.Union([Type.String({ maxLength: 200_000 }), Type.Array(Type.String({ maxLength: 200 }), { maxItems: 500 })]) },
);
const notices: Record<string, string> = {
  entwurf: "Der Entwurf ist gespeichert.",
  veroeffentlicht: "Der Beitrag ist veröffentlicht.",
  geplant: "Der Beitrag ist geplant und erscheint zu seinem Datum von selbst.",
  autorin: "Die Angaben zur Person sind gespeichert.",
  wiederhergestellt: "Die Version ist wiederhergestellt.",
};
const stateKeys = { draft: "entwurf", published: "veroeffentlicht", scheduled: "geplant" } as const;

/** Every editors' page: logged in (else 401) and on the initiative's team (else 403). */
export function requireEditor(request: FastifyRequest): CurrentUser {
  const user = requireUser(request);
  if (!policies.editMagazine(user)) throw forbidden();
  return user;
}

/** The editors' pages: overview, writing and changing articles, their revisions. */
export async function teamRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const notice = (request: FastifyRequest) => notices[text((request.query as Record<string, unknown>)?.stand)];
  const actionOf = (b: unknown): SaveAction => (text((b as Record<string, unknown> | undefined)?.aktion) === "veroeffentlichen" ? "publish" : "draft");

  async function existing(articleId: number) {
    const article = Number.isInteger(articleId) ? await findArticleRow(db, articleId) : null;
    if (!article) throw notFound("Der Beitrag");
    return article;
  }

  async function form(
    request: FastifyRequest,
    reply: FastifyReply,
    article: Awaited<ReturnType<typeof existing>> | null,
    values: FormValues,
    errors: FieldErrors,
    status = 200,
  ) {
    const linked = asList(values.municipalities)
      .filter((v) => /^\d{1,9}$/.test(v))
      .map(Number);
    const options = await formOptions(db, article?.id ?? null, linked);
    const current = article ? { id: article.id, slug: article.slug, state: stateLabels[stateOf(article.status, article.publishAt)] } : null;
    return sendPage(reply, ArticleForm({ ctx: pageContext(request, reply, { forms: true }), article: current, values, errors, options }), status);
  }

  router.get("/magazin/redaktion", async (request, reply) => {
    requireEditor(request);
    const [articles, authors] = await Promise.all([listAllArticles(db), listAuthors(db)]);
    return sendPage(reply, TeamPage({ ctx: pageContext(request, reply), articles, authors, notice: notice(request) }));
  });

  router.get("/magazin/redaktion/neu", async (request, reply) => {
    requireEditor(request);
    return form(request, reply, null, { commentsOpen: "ja" }, {});
  });

  router.post("/magazin/redaktion/neu", { attachValidation: true, schema: { body } }, async (request, reply) => {
    const user = requireEditor(request);
    const result = await saveArticle(
      db,
      user.id,
      null,
      (request.body ?? {}) as Record<string, unknown>,
      actionOf(request.body),
      translateValidation(request.validationError?.validation),
    );
    if (result.ok) return redirectAfterPost(reply, `/magazin/redaktion?stand=${stateKeys[result.state]}`);
    return form(request, reply, null, formValues(request.body), result.errors, 422);
  });

  router.get("/magazin/redaktion/beitraege/:id", { schema: { params: idParams } }, async (request, reply) => {
    requireEditor(request);
    const article = await existing(request.params.id);
    return form(request, reply, article, await articleFormValues(db, article), {});
  });

  router.post("/magazin/redaktion/beitraege/:id", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    const user = requireEditor(request);
    const article = await existing(Number((request.params as { id: unknown }).id));
    const result = await saveArticle(
      db,
      user.id,
      article.id,
      (request.body ?? {}) as Record<string, unknown>,
      actionOf(request.body),
      translateValidation(request.validationError?.validation),
    );
    if (result.ok) return redirectAfterPost(reply, `/magazin/redaktion?stand=${stateKeys[result.state]}`);
    return form(request, reply, article, formValues(request.body), result.errors, 422);
  });

  router.get("/magazin/redaktion/beitraege/:id/versionen", { schema: { params: idParams } }, async (request, reply) => {
    requireEditor(request);
    const article = await existing(request.params.id);
    return sendPage(
      reply,
      RevisionsPage({ ctx: pageContext(request, reply), article, revisions: await listRevisions(db, article.id), notice: notice(request) }),
    );
  });

  router.get("/magazin/redaktion/beitraege/:id/versionen/:revisionId", { schema: { params: revisionParams } }, async (request, reply) => {
    requireEditor(request);
    const article = await existing(request.params.id);
    const revision = await findRevision(db, article.id, request.params.revisionId);
    if (!revision) throw notFound("Die Version");
    return sendPage(reply, RevisionPage({ ctx: pageContext(request, reply, { forms: true }), article, revision }));
  });

  router.post("/magazin/redaktion/beitraege/:id/versionen/:revisionId/wiederherstellen", { schema: { params: revisionParams } }, async (request, reply) => {
    const user = requireEditor(request);
    const article = await existing(request.params.id);
    if (!(await restoreRevision(db, user.id, article.id, request.params.revisionId))) throw notFound("Die Version");
    return redirectAfterPost(reply, `/magazin/redaktion/beitraege/${article.id}/versionen?stand=wiederhergestellt`);
  });

  await app.register(authorRoutes);
  await app.register(imageRoutes);
}
