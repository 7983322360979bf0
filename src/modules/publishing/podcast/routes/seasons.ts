import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formTexts, type FieldErrors } from "../../../../platform/forms.ts";
import { notFound } from "../../../../platform/errors.ts";
import { saveSeason } from "../commands/save-season.ts";
import { editorOverview, findSeason, listSeasons } from "../queries.ts";
import { noticeQuery, seasonBody, seasonParams } from "../schemas.ts";
import { notFoundTexts, seasonMessages } from "../texts.ts";
import { EditorPage } from "../views/editor-page.tsx";
import { SeasonForm } from "../views/season-form.tsx";
import { editorRequest, noticeOf, requireEditor } from "./guards.ts";

/** The editors' overview and their season forms. The team only. */
export async function seasonRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  const showForm = (request: FastifyRequest, reply: FastifyReply, id: number | null, values: Record<string, string>, errors: FieldErrors, status = 200) =>
    sendPage(reply, SeasonForm({ ctx: pageContext(request, reply, { forms: true }), id, values, errors }), status);

  async function seasonOf(id: number) {
    return (await findSeason(db, id)) ?? Promise.reject(notFound(notFoundTexts.season));
  }

  router.get("/podcast/redaktion", { schema: { querystring: noticeQuery } }, async (request, reply) => {
    requireEditor(request);
    const page = EditorPage({ ctx: pageContext(request, reply), seasons: await editorOverview(db), notice: noticeOf(request.query.stand), now: new Date() });
    return sendPage(reply, page);
  });

  router.get("/podcast/redaktion/staffeln/neu", async (request, reply) => {
    requireEditor(request);
    const next = (await listSeasons(db)).reduce((highest, season) => Math.max(highest, season.number), 0) + 1;
    return showForm(request, reply, null, { number: String(next) }, {});
  });

  router.post("/podcast/redaktion/staffeln/neu", { attachValidation: true, schema: { body: seasonBody } }, async (request, reply) => {
    const result = await saveSeason(db, null, request.body, editorRequest(request, seasonMessages));
    if (result.ok) return redirectAfterPost(reply, "/podcast/redaktion?stand=staffel");
    return showForm(request, reply, null, formTexts(request.body), result.errors, 422);
  });

  router.get("/podcast/redaktion/staffeln/:id/bearbeiten", { attachValidation: true, schema: { params: seasonParams } }, async (request, reply) => {
    editorRequest(request);
    const season = await seasonOf(request.params.id);
    const values = { number: String(season.number), title: season.title, slug: season.slug, description: season.description };
    return showForm(request, reply, season.id, values, {});
  });

  router.post(
    "/podcast/redaktion/staffeln/:id/bearbeiten",
    { attachValidation: true, schema: { params: seasonParams, body: seasonBody } },
    async (request, reply) => {
      const errors = editorRequest(request, seasonMessages);
      const season = await seasonOf(request.params.id);
      const result = await saveSeason(db, season.id, request.body, errors);
      if (result.ok) return redirectAfterPost(reply, "/podcast/redaktion?stand=staffel");
      return showForm(request, reply, season.id, formTexts(request.body), result.errors, 422);
    },
  );
}
