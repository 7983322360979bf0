import { CsrfField, SubmitButton, TextField } from "../../../platform/views/form.tsx";
import type { FieldErrors } from "../../../platform/forms.ts";
import { manageTexts } from "../texts.ts";

/** For a visitor whose confirmation mail got lost: the same answer for any address, a new link only for an unconfirmed registration. */
export function ResendForm(props: { csrfToken: string | null; eventId: number; value: string; errors: FieldErrors; open: boolean }) {
  return (
    <details class="kern-accordion" open={props.open || Boolean(props.errors.confirmationEmail)}>
      <summary class="kern-accordion__header">
        <span class="kern-title">{manageTexts.resendTitle}</span>
      </summary>
      <div class="kern-accordion__body">
        <form method="post" action={`/termine/${props.eventId}/bestaetigung-erneut`} class="kern-stack" novalidate>
          <CsrfField token={props.csrfToken} />
          <TextField
            name="confirmationEmail"
            type="email"
            label="E-Mail der Anmeldung"
            autocomplete="email"
            hint={manageTexts.resendHint}
            value={props.value}
            errors={props.errors}
          />
          <div>
            <SubmitButton label={manageTexts.resend} kind="secondary" />
          </div>
        </form>
      </div>
    </details>
  );
}
