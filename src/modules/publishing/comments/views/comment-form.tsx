import type { FieldErrors } from "../../../../platform/forms.ts";
import { formatDateTime } from "../../../../platform/dates.ts";
import { honeypotField } from "../schemas.ts";
import type { Thread } from "../queries.ts";
import { fieldLabels, limits, netiquette, netiquetteConsent } from "../texts.ts";
import { Checkbox, CsrfField, ErrorSummary, FieldError, SubmitButton, TextArea, TextField } from "../../../../platform/views/form.tsx";

export interface CommentFormProps {
  slug: string;
  csrfToken: string | null;
  threads: Thread[];
  values: Record<string, string>;
  errors: FieldErrors;
}

function Netiquette() {
  return (
    <div class="kern-stack-sm">
      <h4 class="kern-heading-small">Unsere Netiquette</h4>
      <ul class="kern-list kern-list--bullet">
        {netiquette.map((rule) => (
          <li>{rule}</li>
        ))}
      </ul>
    </div>
  );
}

/** Bots fill every field; people do not see this one, and a screen reader announces that it stays empty. */
function Honeypot() {
  return (
    <div class="kern-sr-only">
      <label for={honeypotField}>Bitte leer lassen</label>
      <input type="text" id={honeypotField} name={honeypotField} value="" tabIndex={-1} autocomplete="off" />
    </div>
  );
}

/**
 * Whom the comment answers, chosen with a comment's "Antworten" link (?antwort=<id>) and kept
 * through a failed attempt; nothing for a new comment. A refused choice shows its message.
 */
function ReplyTo({ slug, target, error }: { slug: string; target?: Thread; error?: string }) {
  if (!target && !error) return null;
  return (
    <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`} id="commentParent" tabIndex={-1}>
      {target && !error && (
        <p class="kern-body">
          Sie antworten auf den Kommentar von <strong>{target.name}</strong> vom {formatDateTime(target.createdAt)}.
          <input type="hidden" name="commentParent" value={String(target.id)} />
        </p>
      )}
      <FieldError id="commentParent" error={error} />
      <p class="kern-body">
        <a class="kern-link" href={`/magazin/${slug}#kommentar-formular`}>
          {error ? "Einen neuen Kommentar schreiben" : "Stattdessen einen neuen Kommentar schreiben"}
        </a>
      </p>
    </div>
  );
}

/** The netiquette and the form for a new comment or a reply to a published top-level comment. */
export function CommentForm({ slug, csrfToken, threads, values, errors }: CommentFormProps) {
  const target = threads.find((t) => t.status === "approved" && String(t.id) === values.commentParent);
  return (
    <div class="kern-stack">
      <h3 class="kern-heading-medium" id="kommentar-schreiben">
        Kommentar schreiben
      </h3>
      <Netiquette />
      <ErrorSummary errors={errors} labels={fieldLabels} />
      <form id="kommentar-formular" method="post" action={`/magazin/${slug}/kommentare`} class="kern-stack" aria-labelledby="kommentar-schreiben" novalidate>
        <CsrfField token={csrfToken} />
        <ReplyTo slug={slug} target={target} error={errors.commentParent} />
        <TextField
          name="commentName"
          label={fieldLabels.commentName}
          hint="Wird mit Ihrem Kommentar veröffentlicht."
          value={values.commentName}
          errors={errors}
          autocomplete="name"
          maxLength={limits.name}
        />
        <TextField
          name="commentEmail"
          type="email"
          label={fieldLabels.commentEmail}
          hint="Wird nicht veröffentlicht. Wir schreiben Ihnen nur, wenn Ihr Kommentar freigegeben ist."
          value={values.commentEmail}
          errors={errors}
          autocomplete="email"
        />
        <TextArea
          name="commentBody"
          label={fieldLabels.commentBody}
          hint={`Höchstens ${limits.body.toLocaleString("de-DE")} Zeichen, nur Text. Absätze bleiben erhalten.`}
          value={values.commentBody}
          errors={errors}
          rows={6}
        />
        <Honeypot />
        <Checkbox name="netiquette" label={netiquetteConsent} checked={values.netiquette === "ja"} errors={errors} required />
        <div>
          <SubmitButton label="Kommentar absenden" />
        </div>
      </form>
    </div>
  );
}
