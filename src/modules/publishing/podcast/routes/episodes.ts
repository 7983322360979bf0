import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../../platform/http/pages.ts";
import { formValues } from "../../../../platform/forms.ts";
import { saveEpisode } from "../commands/save-episode.ts";
import { listSeasons } from "../queries.ts";
import { episodeBody, episodeParams, noticeQuery } from "../schemas.ts";
import { episodeMessages } from "../texts.ts";
import { editorRequest, noticeOf, requireEditor } from "./guards.ts";
import { episodeForms } from "./episode-form.ts";

/** The editors' episode forms. The team only. */
export async function episodeRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { episodeOf, showForm, storedValues } = episodeForms(db);

  router.get("/podcast/redaktion/folgen/neu", async (request, reply) => {
    requireEditor(request);
    const newest = (await listSeasons(db)).at(-1);
    return showForm(request, reply, null, { values: { seasonId: newest ? String(newest.id) : "" } });
  });

  router.post("/podcast/redaktion/folgen/neu", { attachValidation: true, schema: { body: episodeBody } }, async (request, reply) => {
    const result = await saveEpisode(db, null, request.body, editorRequest(request, episodeMessages));
    if (result.ok) return redirectAfterPost(reply, `/podcast/redaktion/folgen/${result.value}/bearbeiten?stand=neu#audio`);
    return showForm(request, reply, null, { values: formValues(request.body), errors: result.errors }, 422);
  });

  router.get(
    "/podcast/redaktion/folgen/:id/bearbeiten",
    { attachValidation: true, schema: { params: episodeParams, querystring: noticeQuery } },
    async (request, reply) => {
      editorRequest(request);
      const episode = await episodeOf(request.params.id);
      return showForm(request, reply, episode, { values: await storedValues(episode), notice: noticeOf(request.query.stand) });
    },
  );

  router.post(
    "/podcast/redaktion/folgen/:id/bearbeiten",
    { attachValidation: true, schema: { params: episodeParams, body: episodeBody } },
    async (request, reply) => {
      const errors = editorRequest(request, episodeMessages);
      const episode = await episodeOf(request.params.id);
      const result = await saveEpisode(db, episode, request.body, errors);
      if (result.ok) return redirectAfterPost(reply, `/podcast/redaktion/folgen/${episode.id}/bearbeiten?stand=folge`);
      return showForm(request, reply, episode, { values: formValues(request.body), errors: result.errors }, 422);
    },
  );
}
