import type { FastifyContextConfig, FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../../platform/http/pages.ts";
import { hasErrors } from "../../../../platform/forms.ts";
import { checkAudio, maxAudioBytes } from "../rules/audio-file.ts";
import { deleteEpisode } from "../commands/delete-episode.ts";
import { storeAudio } from "../commands/store-audio.ts";
import { audioBody, deleteBody, episodeParams } from "../schemas.ts";
import { refusals } from "../texts.ts";
import { editorRequest } from "./guards.ts";
import { episodeForms } from "./episode-form.ts";
import { mayEditPodcast } from "../policies.ts";

// Audio is larger than other uploads: this route raises the platform's 10 MB limit and reports a file that is too large itself.
const audioUpload = {
  uploads: mayEditPodcast,
  multipartOptions: { limits: { fileSize: maxAudioBytes }, throwFileSizeLimit: false } as FastifyContextConfig["multipartOptions"],
};

/** An episode's audio upload, and deleting the episode with its audio. The team only. */
export async function episodeAudioRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { episodeOf, showForm, storedValues } = episodeForms(db);

  router.post(
    "/podcast/redaktion/folgen/:id/audio",
    { attachValidation: true, schema: { params: episodeParams, body: audioBody }, config: audioUpload },
    async (request, reply) => {
      editorRequest(request);
      const episode = await episodeOf(request.params.id);
      const file = request.body.datei;
      const refuse = async (uploadError: string, status = 422) =>
        showForm(request, reply, episode, { values: await storedValues(episode), uploadError }, status);
      if (!file || file.type !== "file" || !file.filename) return refuse(refusals.noFile);
      if (file.file.truncated) return refuse(refusals.fileTooLarge, 413);
      const data = await file.toBuffer();
      const checked = await checkAudio(file.filename, data);
      if (!checked.ok) return refuse(checked.error);
      await storeAudio(db, episode.id, checked, data);
      return redirectAfterPost(reply, `/podcast/redaktion/folgen/${episode.id}/bearbeiten?stand=audio#audio`);
    },
  );

  router.post(
    "/podcast/redaktion/folgen/:id/loeschen",
    { attachValidation: true, schema: { params: episodeParams, body: deleteBody } },
    async (request, reply) => {
      const confirmed = !hasErrors(editorRequest(request)) && request.body.bestaetigung === "ja";
      const episode = await episodeOf(request.params.id);
      if (!confirmed) return showForm(request, reply, episode, { values: await storedValues(episode), deleteError: refusals.confirmDelete }, 422);
      await deleteEpisode(db, episode.id);
      return redirectAfterPost(reply, "/podcast/redaktion?stand=geloescht");
    },
  );
}
