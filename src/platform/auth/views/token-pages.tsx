import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../views/page-context.ts";
import { Alert } from "../../views/components.tsx";
import type { FieldErrors } from "../../forms.ts";
import { minPasswordLength } from "../passwords.ts";
import { CsrfField, ErrorSummary, SubmitButton, TextField } from "../../views/form.tsx";

const crumbs = (label: string) => [{ label: "Startseite", href: "/" }, { label: "Anmelden", href: "/anmelden" }, { label }];

export function LinkSentPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="E-Mail unterwegs" crumbs={crumbs("E-Mail unterwegs")}>
      <h1 class="kern-heading-large">Bitte sehen Sie in Ihr Postfach</h1>
      <Alert kind="info" title="Wenn ein Konto mit dieser Adresse besteht, ist eine E-Mail unterwegs.">
        <p class="kern-body">Der Link darin ist nur kurze Zeit gültig und funktioniert einmal. Kommt keine E-Mail an, prüfen Sie bitte auch den Spam-Ordner.</p>
      </Alert>
    </Layout>
  );
}

export function ConfirmLoginPage({ ctx, token }: { ctx: PageContext; token: string }) {
  return (
    <Layout ctx={ctx} title="Anmeldung bestätigen" crumbs={crumbs("Anmeldung bestätigen")}>
      <h1 class="kern-heading-large">Anmeldung bestätigen</h1>
      <p class="kern-body">Mit einem Klick melden Sie sich an. Der Link ist danach verbraucht.</p>
      <form method="post" action={`/anmelden/link/${encodeURIComponent(token)}`}>
        <CsrfField token={ctx.csrfToken} />
        <SubmitButton label="Jetzt anmelden" />
      </form>
    </Layout>
  );
}

export function InvalidLinkPage({ ctx }: { ctx: PageContext }) {
  return (
    <Layout ctx={ctx} title="Link ungültig" crumbs={crumbs("Link ungültig")}>
      <h1 class="kern-heading-large">Dieser Link gilt nicht mehr</h1>
      <p class="kern-body">Der Link ist abgelaufen, wurde schon benutzt oder ist unvollständig. Fordern Sie bitte einen neuen an.</p>
      <p class="kern-body">
        <a class="kern-link" href="/anmelden">
          Zur Anmeldung
        </a>
      </p>
    </Layout>
  );
}

export function ForgotPasswordPage({ ctx, email, errors }: { ctx: PageContext; email: string; errors: FieldErrors }) {
  return (
    <Layout ctx={ctx} title="Passwort vergessen" crumbs={crumbs("Passwort vergessen")}>
      <h1 class="kern-heading-large">Passwort vergessen</h1>
      <p class="kern-body">Geben Sie die Adresse Ihres Kontos ein. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.</p>
      <ErrorSummary errors={errors} labels={{ email: "E-Mail-Adresse" }} />
      <form method="post" action="/passwort-vergessen" class="kern-stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField name="email" type="email" label="E-Mail-Adresse" autocomplete="email" value={email} errors={errors} />
        <SubmitButton label="Link anfordern" />
      </form>
    </Layout>
  );
}

/** A new password, typed twice: for a reset link and for setting up an invited account. */
export function NewPasswordForm(props: { ctx: PageContext; action: string; label: string; submit: string; errors: FieldErrors }) {
  const { ctx, errors } = props;
  return (
    <>
      <ErrorSummary errors={errors} labels={{ password: props.label, confirm: "Passwort wiederholen" }} />
      <form method="post" action={props.action} class="kern-stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField
          name="password"
          type="password"
          label={props.label}
          autocomplete="new-password"
          hint={`Mindestens ${minPasswordLength} Zeichen.`}
          errors={errors}
        />
        <TextField name="confirm" type="password" label="Passwort wiederholen" autocomplete="new-password" errors={errors} />
        <SubmitButton label={props.submit} />
      </form>
    </>
  );
}

export function NewPasswordPage({ ctx, token, errors }: { ctx: PageContext; token: string; errors: FieldErrors }) {
  return (
    <Layout ctx={ctx} title="Neues Passwort" crumbs={crumbs("Neues Passwort")}>
      <h1 class="kern-heading-large">Neues Passwort festlegen</h1>
      <NewPasswordForm ctx={ctx} action={`/passwort-neu/${encodeURIComponent(token)}`} label="Neues Passwort" submit="Passwort speichern" errors={errors} />
    </Layout>
  );
}
