import type { PageContext } from "../../../../platform/views/page-context.ts";
import { formatSize } from "../../../../platform/files.ts";
import { acceptedAudio } from "../rules/audio-file.ts";
import { formatDuration } from "../rules/format.ts";
import type { Episode } from "../queries.ts";
import { ConfirmDeleteForm } from "./confirm-delete.tsx";
import { CsrfField, FieldError, SubmitButton } from "../../../../platform/views/form.tsx";

/** The episode's audio file and the upload of a new one. */
export function AudioSection({ ctx, episode: episodeItem, error }: { ctx: PageContext; episode: Episode; error?: string }) {
  return (
    <section aria-labelledby="audio" class="kern-stack">
      <h2 class="kern-heading-medium" id="audio">
        Audiodatei
      </h2>
      <p class="kern-body">
        {episodeItem.audioSize
          ? `${episodeItem.audioFileName} (${formatSize(episodeItem.audioSize)}, ${formatDuration(episodeItem.durationSeconds ?? 0)})`
          : "Noch keine Audiodatei hochgeladen."}
      </p>
      <form method="post" action={`/podcast/redaktion/folgen/${episodeItem.id}/audio`} encType="multipart/form-data" class="kern-stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
          <label class="kern-label" for="datei">
            {episodeItem.audioSize ? "Neue Audiodatei" : "Audiodatei"}
          </label>
          <div class="kern-hint" id="datei-hint">
            MP3 oder M4A (AAC), höchstens 200 MB. Die Länge der Folge wird aus der Datei gelesen.
          </div>
          <input
            class="kern-form-input__input"
            type="file"
            id="datei"
            name="datei"
            accept={acceptedAudio}
            aria-describedby={error ? "datei-hint datei-error" : "datei-hint"}
            aria-invalid={error ? "true" : undefined}
          />
          <FieldError id="datei" error={error} />
        </div>
        <div>
          <SubmitButton label="Audiodatei hochladen" kind="secondary" />
        </div>
      </form>
    </section>
  );
}

/** Deleting an episode with its audio, once the box naming the episode is ticked. */
export function DeleteSection({ ctx, episode: episodeItem, error }: { ctx: PageContext; episode: Episode; error?: string }) {
  return (
    <section aria-labelledby="loeschen" class="kern-stack">
      <h2 class="kern-heading-medium" id="loeschen">
        Folge löschen
      </h2>
      <p class="kern-body">Die Folge verschwindet mit ihrer Audiodatei von der Website und aus dem Podcast-Feed. Das lässt sich nicht rückgängig machen.</p>
      <ConfirmDeleteForm
        action={`/podcast/redaktion/folgen/${episodeItem.id}/loeschen`}
        csrfToken={ctx.csrfToken}
        confirm={`Ja, die Folge „${episodeItem.title}“ mit ihrer Audiodatei löschen`}
        button="Folge löschen"
        error={error}
      />
    </section>
  );
}
