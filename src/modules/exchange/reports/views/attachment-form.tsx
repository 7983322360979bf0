import type { PageContext } from "../../../../platform/views/page-context.ts";
import { acceptedAttachments, maxAttachments } from "../texts.ts";
import { CsrfField, FieldError, SubmitButton } from "../../../../platform/views/form.tsx";

/** Upload of one PDF or image to a report. */
export function AttachmentForm({ ctx, reportId, error }: { ctx: PageContext; reportId: number; error?: string }) {
  return (
    <form method="post" action={`/austausch/berichte/${reportId}/anhaenge`} encType="multipart/form-data" class="kern-stack" novalidate>
      <CsrfField token={ctx.csrfToken} />
      <div class={`kern-form-input${error ? " kern-form-input--error" : ""}`}>
        <label class="kern-label" for="datei">
          Anhang hinzufügen
        </label>
        <div class="kern-hint" id="datei-hint">
          PDF, PNG oder JPEG, höchstens 10 MB, bis zu {maxAttachments} Anhänge.
        </div>
        <input
          class="kern-form-input__input"
          type="file"
          id="datei"
          name="datei"
          accept={acceptedAttachments}
          aria-describedby={error ? "datei-hint datei-error" : "datei-hint"}
          aria-invalid={error ? "true" : undefined}
        />
        <FieldError id="datei" error={error} />
      </div>
      <div>
        <SubmitButton label="Hochladen" kind="secondary" />
      </div>
    </form>
  );
}
