import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formValues, parseId, text, type FieldErrors } from "../../../platform/forms.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { checkAudio, maxAudioBytes } from "./audio-file.ts";
import { chaptersToText } from "./chapters.ts";
import { deleteEpisode, saveEpisode, saveSeason, storeAudio } from "./commands.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { guestValues } from "./guests.ts";
import { mayEditPodcast } from "./policies.ts";
import { editorOverview, findEpisode, findSeason, listSeasons, type Episode, type Season } from "./queries.ts";
import { notices } from "./texts.ts";
import { EditorPage } from "./views/editor-page.tsx";
import { EpisodeForm } from "./views/episode-form.tsx";
import { SeasonForm } from "./views/season-form.tsx";
import { listTopics } from "../../municipalities/index.ts";
import { translateValidation } from "../../../platform/http/validation.ts";

// Ids stay strings in the schema: parseId turns an unusable one into 404 on every route, with or without attachValidation.
const idParams = Type.Object({ id: Type.String() });
const body = Type.Object(
  {},
  { additionalProperties: Type.Union([Type.String({ maxLength: 250_000 }), Type.Array(Type.String({ maxLength: 100 }), { maxItems: 30 })]) },
);
// Audio is larger than other uploads: this route raises the platform's 10 MB limit and reports a file that is too large itself.
const audioUpload = { multipartOptions: { limits: { fileSize: maxAudioBytes }, throwFileSizeLimit: false } as FastifyContextConfig["multipartOptions"] };

interface UploadedFile {
  type: "file";
  filename: string;
  file: { truncated: boolean };
  toBuffer(): Promise<Buffer>;
}

/** The editors' pages: seasons, episodes and their audio. The team only. */
export async function editorRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const editor = (request: FastifyRequest) => {
    if (!mayEditPodcast(requireUser(request))) throw forbidden();
  };
  const notice = (request: FastifyRequest) => notices[text((request.query as Record<string, unknown>)?.stand)];
  const input = (request: FastifyRequest) => (request.body ?? {}) as Record<string, unknown>;

  async function seasonOf(request: FastifyRequest, value: string): Promise<Season> {
    editor(request);
    const seasonId = parseId(value);
    const season = seasonId ? await findSeason(db, seasonId) : null;
    if (!season) throw notFound("Die Staffel");
    return season;
  }

  async function episodeOf(request: FastifyRequest, value: string): Promise<Episode> {
    editor(request);
    const episodeId = parseId(value);
    const episode = episodeId ? await findEpisode(db, episodeId) : null;
    if (!episode) throw notFound("Die Folge");
    return episode;
  }

  async function episodeForm(
    request: FastifyRequest,
    reply: FastifyReply,
    episode: Episode | null,
    values: Record<string, string | string[]>,
    errors: FieldErrors,
    status = 200,
    problems: { uploadError?: string; deleteError?: string } = {},
  ) {
    const [seasons, topics] = await Promise.all([listSeasons(db), listTopics(db)]);
    const props = { ctx: pageContext(request, reply, { forms: true }), episode, seasons, topics, values, errors, notice: notice(request), ...problems };
    return sendPage(reply, EpisodeForm(props), status);
  }

  async function storedValues(entry: Episode): Promise<Record<string, string | string[]>> {
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

  router.get("/podcast/redaktion", async (request, reply) => {
    editor(request);
    return sendPage(reply, EditorPage({ ctx: pageContext(request, reply), seasons: await editorOverview(db), notice: notice(request), now: new Date() }));
  });

  router.get("/podcast/redaktion/staffeln/neu", async (request, reply) => {
    editor(request);
    const next = (await listSeasons(db)).reduce((n, s) => Math.max(n, s.number), 0) + 1;
    return sendPage(reply, SeasonForm({ ctx: pageContext(request, reply, { forms: true }), id: null, values: { number: String(next) }, errors: {} }));
  });

  router.post("/podcast/redaktion/staffeln/neu", { attachValidation: true, schema: { body } }, async (request, reply) => {
    editor(request);
    const result = await saveSeason(db, null, input(request), translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, "/podcast/redaktion?stand=staffel");
    return sendPage(
      reply,
      SeasonForm({
        ctx: pageContext(request, reply, { forms: true }),
        id: null,
        values: formValues(request.body) as Record<string, string>,
        errors: result.errors,
      }),
      422,
    );
  });

  router.get("/podcast/redaktion/staffeln/:id/bearbeiten", { schema: { params: idParams } }, async (request, reply) => {
    const season = await seasonOf(request, request.params.id);
    const values = { number: String(season.number), title: season.title, slug: season.slug, description: season.description };
    return sendPage(reply, SeasonForm({ ctx: pageContext(request, reply, { forms: true }), id: season.id, values, errors: {} }));
  });

  router.post("/podcast/redaktion/staffeln/:id/bearbeiten", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    const season = await seasonOf(request, request.params.id);
    const result = await saveSeason(db, season.id, input(request), translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, "/podcast/redaktion?stand=staffel");
    return sendPage(
      reply,
      SeasonForm({
        ctx: pageContext(request, reply, { forms: true }),
        id: season.id,
        values: formValues(request.body) as Record<string, string>,
        errors: result.errors,
      }),
      422,
    );
  });

  router.get("/podcast/redaktion/folgen/neu", async (request, reply) => {
    editor(request);
    const newest = (await listSeasons(db)).at(-1);
    return episodeForm(request, reply, null, { seasonId: newest ? String(newest.id) : "" }, {});
  });

  router.post("/podcast/redaktion/folgen/neu", { attachValidation: true, schema: { body } }, async (request, reply) => {
    editor(request);
    const result = await saveEpisode(db, null, input(request), translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `/podcast/redaktion/folgen/${result.id}/bearbeiten?stand=neu#audio`);
    return episodeForm(request, reply, null, formValues(request.body), result.errors, 422);
  });

  router.get("/podcast/redaktion/folgen/:id/bearbeiten", { schema: { params: idParams } }, async (request, reply) => {
    const episode = await episodeOf(request, request.params.id);
    return episodeForm(request, reply, episode, await storedValues(episode), {});
  });

  router.post("/podcast/redaktion/folgen/:id/bearbeiten", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    const episode = await episodeOf(request, request.params.id);
    const result = await saveEpisode(db, episode, input(request), translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `/podcast/redaktion/folgen/${episode.id}/bearbeiten?stand=folge`);
    return episodeForm(request, reply, episode, formValues(request.body), result.errors, 422);
  });

  router.post("/podcast/redaktion/folgen/:id/audio", { schema: { params: idParams }, config: audioUpload }, async (request, reply) => {
    const episode = await episodeOf(request, request.params.id);
    const file = input(request).datei as UploadedFile | undefined;
    const refuse = async (uploadError: string, status = 422) => episodeForm(request, reply, episode, await storedValues(episode), {}, status, { uploadError });
    if (!file || file.type !== "file" || !file.filename) return refuse("Bitte wählen Sie eine Audiodatei aus.");
    if (file.file.truncated) return refuse("Die Datei ist zu groß: höchstens 200 MB sind möglich.", 413);
    const data = await file.toBuffer();
    const checked = await checkAudio(file.filename, data);
    if (!checked.ok) return refuse(checked.error);
    await storeAudio(db, episode.id, checked, data);
    return redirectAfterPost(reply, `/podcast/redaktion/folgen/${episode.id}/bearbeiten?stand=audio#audio`);
  });

  router.post("/podcast/redaktion/folgen/:id/loeschen", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    const episode = await episodeOf(request, request.params.id);
    if (text(input(request).bestaetigung) !== "ja") {
      return episodeForm(request, reply, episode, await storedValues(episode), {}, 422, {
        deleteError: "Bitte bestätigen Sie, dass die Folge mit ihrer Audiodatei gelöscht werden soll.",
      });
    }
    await deleteEpisode(db, episode.id);
    return redirectAfterPost(reply, "/podcast/redaktion?stand=geloescht");
  });
}
