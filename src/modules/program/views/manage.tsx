import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import type { EventSummary } from "../queries/events.ts";
import { CsrfField, SubmitButton } from "../../../platform/views/form.tsx";
import { EventDays, registrationLabel } from "./parts.tsx";
import { manageTexts } from "../texts.ts";

export interface ManagedRegistration {
  name: string;
  email: string;
  status: string;
}

/** What a registration mail's link opens: the registration and a button to cancel it; a used or unknown link says so. */
export function ManageRegistrationPage(props: {
  ctx: PageContext;
  event: EventSummary;
  token: string;
  registration: ManagedRegistration | null;
  closedReason: string | null;
}) {
  const { ctx, event, registration } = props;
  const crumbs = [
    { label: "Startseite", href: "/" },
    { label: "Termine", href: "/termine" },
    { label: event.title, href: `/termine/${event.id}` },
    { label: manageTexts.title },
  ];
  return (
    <Layout ctx={ctx} title={manageTexts.title} crumbs={crumbs}>
      <h1 class="kern-heading-large">{manageTexts.title}</h1>
      {registration ? (
        <div class="kern-stack">
          <p class="kern-body">„{event.title}“</p>
          <EventDays event={event} />
          <dl class="k360-facts">
            <dt>Name</dt>
            <dd>{registration.name}</dd>
            <dt>E-Mail-Adresse</dt>
            <dd>{registration.email}</dd>
            <dt>Stand</dt>
            <dd>{registrationLabel(registration.status)}</dd>
          </dl>
          {props.closedReason ? (
            <p class="kern-body">{props.closedReason}</p>
          ) : (
            <form method="post" action={`/termine/${event.id}/anmeldung/${encodeURIComponent(props.token)}`}>
              <CsrfField token={ctx.csrfToken} />
              <SubmitButton label={manageTexts.cancel} kind="secondary" />
            </form>
          )}
        </div>
      ) : (
        <p class="kern-body">{manageTexts.gone}</p>
      )}
    </Layout>
  );
}
