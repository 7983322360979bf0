import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../views/page-context.ts";
import { Alert } from "../../views/components.tsx";
import type { FieldErrors } from "../../forms.ts";
import { CsrfField, ErrorSummary, SubmitButton, TextField } from "../../views/form.tsx";

export interface LoginView {
  email: string;
  next: string;
  errors: FieldErrors;
  linkErrors: FieldErrors;
  linkEmail: string;
  notice?: string;
}

export function LoginPage({ ctx, view }: { ctx: PageContext; view: LoginView }) {
  return (
    <Layout ctx={ctx} title="Anmelden" crumbs={[{ label: "Startseite", href: "/" }, { label: "Anmelden" }]}>
      <h1 class="kern-heading-large">Anmelden</h1>
      {view.notice && <Alert kind="success" title={view.notice} />}
      <div class="kern-row">
        <section class="kern-col-12 kern-col-md-6" aria-labelledby="mit-passwort">
          <h2 class="kern-heading-medium" id="mit-passwort">
            Mit Passwort
          </h2>
          <ErrorSummary errors={view.errors} labels={{ email: "E-Mail-Adresse", password: "Passwort" }} />
          <form method="post" action="/anmelden" class="kern-stack" novalidate>
            <CsrfField token={ctx.csrfToken} />
            <input type="hidden" name="weiter" value={view.next} />
            <TextField name="email" type="email" label="E-Mail-Adresse" autocomplete="username" value={view.email} errors={view.errors} />
            <TextField name="password" type="password" label="Passwort" autocomplete="current-password" errors={view.errors} />
            <SubmitButton label="Anmelden" />
          </form>
          <p class="kern-body">
            <a class="kern-link" href="/passwort-vergessen">
              Passwort vergessen?
            </a>
          </p>
          <p class="kern-body">
            Noch kein Konto? Mitarbeitende eines Jugendamts können einen{" "}
            <a class="kern-link" href="/zugang-beantragen">
              Zugang beantragen
            </a>
            .
          </p>
        </section>
        <section class="kern-col-12 kern-col-md-6" aria-labelledby="mit-link">
          <h2 class="kern-heading-medium" id="mit-link">
            Mit Link per E-Mail
          </h2>
          <p class="kern-body">Wir schicken Ihnen einen Link, der 20 Minuten gültig ist und Sie ohne Passwort anmeldet.</p>
          <form method="post" action="/anmelden/link" class="kern-stack" novalidate>
            <CsrfField token={ctx.csrfToken} />
            <TextField name="email" id="link-email" type="email" label="E-Mail-Adresse" autocomplete="email" value={view.linkEmail} errors={view.linkErrors} />
            <SubmitButton label="Anmeldelink senden" kind="secondary" />
          </form>
        </section>
      </div>
    </Layout>
  );
}
