import type { PageContext } from "../../../platform/views/page-context.ts";
import { Alert } from "../../../platform/views/components.tsx";
import { CsrfField, ErrorSummary, SubmitButton, TextField } from "../../../platform/views/form.tsx";
import { registrationLabel } from "./parts.tsx";
import { ResendForm } from "./resend.tsx";
import type { EventView } from "./events.tsx";
import { pendingLapseHours } from "../reference.ts";

/** The registration part of an event's page: the person's own registration, the form, or why registering is not possible. */
export function Registration({ ctx, view }: { ctx: PageContext; view: EventView }) {
  const { event: eventItem, own } = view;
  if (own && !["cancelled", "excused"].includes(own.status)) return <OwnRegistration ctx={ctx} view={view} status={own.status} />;
  if (view.closedReason) return <p class="kern-body">{view.closedReason}</p>;
  if (!view.canRegister) return <Reserved ctx={ctx} event={eventItem} />;
  const full = eventItem.capacity !== null && eventItem.seatsTaken >= eventItem.capacity;
  const formErrors = Object.fromEntries(Object.entries(view.errors).filter(([k]) => k === "name" || k === "email"));
  return (
    <>
      <form method="post" action={`/termine/${eventItem.id}/anmelden`} class="kern-stack" novalidate>
        <CsrfField token={ctx.csrfToken} />
        {full && <p class="kern-body">Alle Plätze sind vergeben. Sie kommen auf die Warteliste und rücken automatisch nach, wenn ein Platz frei wird.</p>}
        {view.errors.form && <Alert kind="danger" title={view.errors.form} urgent />}
        <ErrorSummary errors={formErrors} labels={{ name: "Name", email: "E-Mail-Adresse" }} />
        {view.publicForm && (
          <>
            <TextField name="name" label="Name" autocomplete="name" value={view.values.name} errors={view.errors} maxLength={120} />
            <TextField
              name="email"
              type="email"
              label="E-Mail-Adresse"
              autocomplete="email"
              hint={`Sie erhalten einen Link, mit dem Sie Ihre Anmeldung innerhalb von ${pendingLapseHours} Stunden bestätigen.`}
              value={view.values.email}
              errors={view.errors}
            />
          </>
        )}
        <div>
          <SubmitButton label={full ? "Auf die Warteliste" : "Verbindlich anmelden"} />
        </div>
      </form>
      {view.publicForm && (
        <ResendForm csrfToken={ctx.csrfToken} eventId={eventItem.id} value={view.resendValue ?? ""} errors={view.errors} open={view.resendOpen ?? false} />
      )}
    </>
  );
}

function OwnRegistration({ ctx, view, status }: { ctx: PageContext; view: EventView; status: string }) {
  return (
    <div class="kern-stack">
      <p class="kern-body">
        Ihr Stand: <strong>{registrationLabel(status)}</strong>
      </p>
      {!view.closedReason && (
        <div class="k360-user">
          <form method="post" action={`/termine/${view.event.id}/entschuldigen`}>
            <CsrfField token={ctx.csrfToken} />
            <SubmitButton label="Vorab entschuldigen" kind="secondary" />
          </form>
          <form method="post" action={`/termine/${view.event.id}/absagen`}>
            <CsrfField token={ctx.csrfToken} />
            <SubmitButton label="Anmeldung zurückziehen" kind="tertiary" />
          </form>
        </div>
      )}
    </div>
  );
}

/** Why a person may not register: the event is for a tandem role, for the cohort, or needs a login. */
function Reserved({ ctx, event }: { ctx: PageContext; event: EventView["event"] }) {
  const role =
    event.audience === "leaders" || event.formatRule.obligee === "leader"
      ? "leader"
      : event.audience === "planningSpecialists" || event.formatRule.obligee === "planningSpecialist"
        ? "planningSpecialist"
        : null;
  const who =
    role === "leader"
      ? "den Führungskräften der Tandems"
      : role === "planningSpecialist"
        ? "den Planungsfachkräften der Tandems"
        : "den Tandems der Fellow-Kommunen";
  return <p class="kern-body">{ctx.user ? `Dieser Termin ist ${who} vorbehalten.` : "Bitte melden Sie sich an, um sich für diesen Termin anzumelden."}</p>;
}
