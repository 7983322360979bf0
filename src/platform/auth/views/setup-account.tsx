import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../views/page-context.ts";
import type { FieldErrors } from "../../forms.ts";
import { minPasswordLength } from "../passwords.ts";
import { CsrfField, ErrorSummary, SubmitButton, TextField } from "../../views/form.tsx";

/** The page behind an invitation or access link: the new account gets its password and is signed in. */
export function SetupAccountPage({ ctx, token, name, errors }: { ctx: PageContext; token: string; name: string; errors: FieldErrors }) {
  return (
    <Layout ctx={ctx} title="Konto einrichten" crumbs={[{ label: "Startseite", href: "/" }, { label: "Konto einrichten" }]}>
      <h1 class="kern-heading-large">Konto einrichten</h1>
      <p class="kern-body">Willkommen bei K360, {name}. Legen Sie ein Passwort fest; danach sind Sie angemeldet.</p>
      <ErrorSummary errors={errors} labels={{ password: "Passwort", confirm: "Passwort wiederholen" }} />
      <form method="post" action={`/konto-einrichten/${encodeURIComponent(token)}`} class="kern-stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        <TextField
          name="password"
          type="password"
          label="Passwort"
          autocomplete="new-password"
          hint={`Mindestens ${minPasswordLength} Zeichen.`}
          errors={errors}
        />
        <TextField name="confirm" type="password" label="Passwort wiederholen" autocomplete="new-password" errors={errors} />
        <SubmitButton label="Konto einrichten" />
      </form>
    </Layout>
  );
}
