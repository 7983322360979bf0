import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formValues, hasErrors, type FieldErrors } from "../../../../platform/forms.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { notFound } from "../../../../platform/errors.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { checkAudio, maxAudioBytes } from "../rules/audio-file.ts";
import { chaptersToText } from "../rules/chapters.ts";
import { deleteEpisode } from "../commands/delete-episode.ts";
import { saveEpisode } from "../commands/save-episode.ts";
import { storeAudio } from "../commands/store-audio.ts";
import { findEpisode, guestValues, listSeasons, type Episode } from "../queries.ts";
import { audioBody, deleteBody, episodeBody, episodeParams, noticeQuery } from "../schemas.ts";
import { episodeMessages, notFoundTexts, refusals } from "../texts.ts";
import { EpisodeForm } from "../views/episode-form.tsx";
import { noticeOf, podcastFormErrors, requireEditor } from "./guards.ts";
import { listTopics } from "../../../municipalities/index.ts";

// Audio is larger than other uploads: this route raises the platform's 10 MB limit and reports a file that is too large itself.
const audioUpload = { multipartOptions: { limits: { fileSize: maxAudioBytes }, throwFileSizeLimit: false } as FastifyContextConfig["multipartOptions"] };

type Values = Record<string, string | string[]>;
interface FormState {
  values: Values;
  errors?: FieldErrors;
  uploadError?: string;
  deleteError?: string;
  notice?: string;
}

/** The editors' episode forms, the audio upload and deleting an episode. The team only. */
export async function episodeRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function episodeOf(request: FastifyRequest, id: number): Promise<Episode> {
    requireEditor(request);
    return (await findEpisode(db, id)) ?? Promise.reject(notFound(notFoundTexts.episode));
  }

  async function showForm(request: FastifyRequest, reply: FastifyReply, episode: Episode | null, state: FormState, status = 200) {
    const [seasons, topics] = await Promise.all([listSeasons(db), listTopics(db)]);
    const props = { ctx: pageContext(request, reply, { forms: true }), episode, seasons, topics, errors: {}, ...state };
    return sendPage(reply, EpisodeForm(props), status);
  }

  async function storedValues(entry: Episode): Promise<Values> {
    const { seasonId, number, title, slug, description, transcript, topics, publishedAt } = entry;
    return {
      seasonId: String(seasonId),
      number: String(number),
      title,
      slug,
      description,
      transcript,
      topics,
      chapters: chaptersToText(entry.chapters),
      publishedOn: publishedAt ? todayInGermany(publishedAt) : "",
      ...(await guestValues(db, entry.guests)),
    };
  }

  router.get("/podcast/redaktion/folgen/neu", async (request, reply) => {
    requireEditor(request);
    const newest = (await listSeasons(db)).at(-1);
    return showForm(request, reply, null, { values: { seasonId: newest ? String(newest.id) : "" } });
  });

  router.post("/podcast/redaktion/folgen/neu", { attachValidation: true, schema: { body: episodeBody } }, async (request, reply) => {
    requireEditor(request);
    const result = await saveEpisode(db, null, request.body, podcastFormErrors(request, episodeMessages));
    if (result.ok) return redirectAfterPost(reply, `/podcast/redaktion/folgen/${result.value}/bearbeiten?stand=neu#audio`);
    return showForm(request, reply, null, { values: formValues(request.body), errors: result.errors }, 422);
  });

  router.get("/podcast/redaktion/folgen/:id/bearbeiten", { schema: { params: episodeParams, querystring: noticeQuery } }, async (request, reply) => {
    const episode = await episodeOf(request, request.params.id);
    return showForm(request, reply, episode, { values: await storedValues(episode), notice: noticeOf(request.query.stand) });
  });

  router.post(
    "/podcast/redaktion/folgen/:id/bearbeiten",
    { attachValidation: true, schema: { params: episodeParams, body: episodeBody } },
    async (request, reply) => {
      requireEditor(request);
      const errors = podcastFormErrors(request, episodeMessages);
      const episode = await episodeOf(request, request.params.id);
      const result = await saveEpisode(db, episode, request.body, errors);
      if (result.ok) return redirectAfterPost(reply, `/podcast/redaktion/folgen/${episode.id}/bearbeiten?stand=folge`);
      return showForm(request, reply, episode, { values: formValues(request.body), errors: result.errors }, 422);
    },
  );

  router.post("/podcast/redaktion/folgen/:id/audio", { schema: { params: episodeParams, body: audioBody }, config: audioUpload }, async (request, reply) => {
    const episode = await episodeOf(request, request.params.id);
    const file = request.body.datei;
    const refuse = async (uploadError: string, status = 422) => showForm(request, reply, episode, { values: await storedValues(episode), uploadError }, status);
    if (!file || file.type !== "file" || !file.filename) return refuse(refusals.noFile);
    if (file.file.truncated) return refuse(refusals.fileTooLarge, 413);
    const data = await file.toBuffer();
    const checked = await checkAudio(file.filename, data);
    if (!checked.ok) return refuse(checked.error);
    await storeAudio(db, episode.id, checked, data);
    return redirectAfterPost(reply, `/podcast/redaktion/folgen/${episode.id}/bearbeiten?stand=audio#audio`);
  });

  router.post(
    "/podcast/redaktion/folgen/:id/loeschen",
    { attachValidation: true, schema: { params: episodeParams, body: deleteBody } },
    async (request, reply) => {
      requireEditor(request);
      const confirmed = !hasErrors(formErrors(request)) && request.body.bestaetigung === "ja";
      const episode = await episodeOf(request, request.params.id);
      if (!confirmed) {
        return showForm(request, reply, episode, { values: await storedValues(episode), deleteError: refusals.confirmDelete }, 422);
      }
      await deleteEpisode(db, episode.id);
      return redirectAfterPost(reply, "/podcast/redaktion?stand=geloescht");
    },
  );
}
