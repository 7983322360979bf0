import { Layout } from "../../views/layout.tsx";
import type { PageContext } from "../../views/page-context.ts";
import type { FieldErrors } from "../../forms.ts";
import { NewPasswordForm } from "./token-pages.tsx";

/** The page behind an invitation or access link: the new account gets its password and is signed in. */
export function SetupAccountPage({ ctx, token, name, errors }: { ctx: PageContext; token: string; name: string; errors: FieldErrors }) {
  return (
    <Layout ctx={ctx} title="Konto einrichten" crumbs={[{ label: "Startseite", href: "/" }, { label: "Konto einrichten" }]}>
      <h1 class="kern-heading-large">Konto einrichten</h1>
      <p class="kern-body">Willkommen bei K360, {name}. Legen Sie ein Passwort fest; danach sind Sie angemeldet.</p>
      <NewPasswordForm ctx={ctx} action={`/konto-einrichten/${encodeURIComponent(token)}`} label="Passwort" submit="Konto einrichten" errors={errors} />
    </Layout>
  );
}
