import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import type { EventSummary } from "../queries/events.ts";
import { CsrfField, SubmitButton } from "../../../platform/views/form.tsx";

export function ConfirmRegistrationPage({ ctx, event, token }: { ctx: PageContext; event: EventSummary; token: string | null }) {
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: "Termine", href: "/termine" },
    { label: event.title, href: `/termine/${event.id}` },
    { label: "Anmeldung bestätigen" },
  ];
  return (
    <Layout ctx={ctx} title="Anmeldung bestätigen" crumbs={crumbs}>
      <h1 class="kern-heading-large">Anmeldung bestätigen</h1>
      {token ? (
        <form method="post" action={`/termine/${event.id}/bestaetigen/${encodeURIComponent(token)}`} class="kern-stack">
          <CsrfField token={ctx.csrfToken} />
          <p class="kern-body">Mit einem Klick bestätigen Sie Ihre Anmeldung für „{event.title}“.</p>
          <div>
            <SubmitButton label="Anmeldung bestätigen" />
          </div>
        </form>
      ) : (
        <p class="kern-body">Dieser Link gilt nicht mehr: Die Anmeldung ist schon bestätigt oder der Link ist unvollständig.</p>
      )}
    </Layout>
  );
}
