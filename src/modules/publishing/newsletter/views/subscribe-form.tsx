import type { FieldErrors } from "../../../../platform/forms.ts";
import { consentText, fieldLabels } from "../texts.ts";
import { Checkbox, SubmitButton, TextField } from "../../../../platform/views/form.tsx";

export interface SubscribeFormProps {
  /** Prefix for the ids, so the form can stand twice on a page; "" gives the field names themselves (for the error summary's links). */
  idPrefix: string;
  values?: Record<string, string>;
  errors?: FieldErrors;
}

/** E-mail address, the consent checkbox with the exact text we store, and the button. It needs no CSRF token (see the route). */
export function SubscribeForm(subscribeFormProps: SubscribeFormProps) {
  const id = (name: string) => `${subscribeFormProps.idPrefix}${name}`;
  return (
    <form method="post" action="/newsletter/anmelden" class="kern-stack" novalidate>
      <TextField
        name="email"
        id={id("email")}
        type="email"
        label={fieldLabels.email}
        value={subscribeFormProps.values?.email ?? ""}
        errors={subscribeFormProps.errors}
        autocomplete="email"
        maxLength={254}
      />
      <Checkbox
        name="zustimmung"
        id={id("zustimmung")}
        label={consentText}
        checked={subscribeFormProps.values?.zustimmung === "ja"}
        errors={subscribeFormProps.errors}
        hint={
          <>
            Wir speichern Ihre Adresse, die Zeit der Anmeldung und diesen Text als Nachweis. Mehr dazu in der{" "}
            <a class="kern-link" href="/datenschutz">
              Datenschutzerklärung
            </a>
            .
          </>
        }
      />
      <div>
        <SubmitButton label="Newsletter abonnieren" />
      </div>
    </form>
  );
}
