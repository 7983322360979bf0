import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { Alert } from "../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../platform/forms.ts";
import type { EventSummary } from "../queries/events.ts";
import { audiences } from "../reference.ts";
import { DocumentList, EventDays, Seats, registrationLabel } from "./parts.tsx";
import type { DocumentInfo } from "../documents/queries.ts";
import { CsrfField, ErrorSummary, SubmitButton, TextField } from "../../../platform/views/form.tsx";
import { ResendForm } from "./resend.tsx";

const home = { label: "Startseite", href: "/" };
const list = { label: "Termine", href: "/termine" };

export function EventsPage(props: { ctx: PageContext; upcoming: EventSummary[]; past: EventSummary[]; materials: Map<number, number>; canManage: boolean }) {
  const { ctx, upcoming, past, canManage } = props;
  return (
    <Layout ctx={ctx} title="Termine" crumbs={[home, { label: "Termine" }]}>
      <h1 class="kern-heading-large">Termine</h1>
      <p class="kern-body">
        {ctx.user
          ? "Termine des Fellow-Programms und offene Veranstaltungen."
          : "Offene Veranstaltungen der Initiative. Termine für die Fellow-Kommunen sehen Sie nach der Anmeldung."}{" "}
        <a class="kern-link" href="/termine.ics">
          Öffentliche Termine als Kalender abonnieren (iCal)
        </a>
      </p>
      {canManage && (
        <p class="kern-body">
          <a class="kern-link" href="/programm/termine/neu">
            Termin anlegen
          </a>
        </p>
      )}
      <h2 class="kern-heading-medium">Kommende Termine</h2>
      {upcoming.length === 0 ? <p class="kern-body">Zurzeit sind keine Termine geplant.</p> : <EventList events={upcoming} />}
      {past.length > 0 && (
        <details class="kern-accordion">
          <summary class="kern-accordion__header">
            <span class="kern-title">Vergangene Termine ({past.length})</span>
          </summary>
          <div class="kern-accordion__body">
            <EventList events={past} materials={props.materials} />
          </div>
        </details>
      )}
    </Layout>
  );
}

function EventList({ events, materials }: { events: EventSummary[]; materials?: Map<number, number> }) {
  return (
    <ul class="kern-list k360-events">
      {events.map((e) => (
        <li>
          <a class="kern-link" href={`/termine/${e.id}`}>
            {e.title}
          </a>
          {e.cancelled && <strong> – abgesagt</strong>}
          <div class="kern-body kern-body--small">
            {e.formatTitle} · {e.days.length ? e.days.map((d) => d.date.split("-").reverse().join(".")).join(", ") : "Datum folgt"} ·{" "}
            {e.place || (e.onlineUrl ? "online" : "Ort folgt")} · {materials ? <MaterialCount count={materials.get(e.id) ?? 0} /> : <Seats event={e} />}
          </div>
        </li>
      ))}
    </ul>
  );
}

function MaterialCount({ count }: { count: number }) {
  return <span>{count === 0 ? "keine Unterlagen" : `${count} ${count === 1 ? "Unterlage" : "Unterlagen"}`}</span>;
}

export interface EventView {
  event: EventSummary;
  documents: DocumentInfo[];
  /** The event's last day has passed: its page leads with its materials. */
  past: boolean;
  closedReason: string | null;
  own: { id: number; status: string } | null;
  canRegister: boolean;
  canManage: boolean;
  publicForm: boolean;
  values: { name: string; email: string };
  errors: FieldErrors;
  notice?: string;
  /** What a visitor typed into the form for a new confirmation link; the form stands open after registering. */
  resendValue?: string;
  resendOpen?: boolean;
}

export function EventPage({ ctx, view }: { ctx: PageContext; view: EventView }) {
  const { event: eventItem } = view;
  return (
    <Layout ctx={ctx} title={eventItem.title} crumbs={[home, list, { label: eventItem.title }]}>
      {view.notice && <Alert kind="success" title={view.notice} />}
      <h1 class="kern-heading-large">{eventItem.title}</h1>
      <p class="kern-preline">
        {eventItem.formatTitle}
        {eventItem.moduleNumber ? ` · Modul ${eventItem.moduleNumber}` : ""} · {audiences[eventItem.audience]}
      </p>
      {eventItem.cancelled && <Alert kind="warning" title="Dieser Termin wurde abgesagt." />}
      <dl class="k360-facts">
        <dt>Wann</dt>
        <dd>
          <EventDays event={eventItem} />
        </dd>
        <dt>Wo</dt>
        <dd>{eventItem.place || (eventItem.onlineUrl ? "Online – den Zugang erhalten Angemeldete per E-Mail" : "wird bekannt gegeben")}</dd>
        <dt>Plätze</dt>
        <dd>
          <Seats event={eventItem} />
        </dd>
        {eventItem.speakers && (
          <>
            <dt>Mit</dt>
            <dd>{eventItem.speakers}</dd>
          </>
        )}
      </dl>
      {eventItem.description && <p class="kern-body">{eventItem.description}</p>}
      {(view.past || view.documents.length > 0) && (
        <>
          <h2 class="kern-heading-medium">{view.past ? "Unterlagen zum Termin" : "Unterlagen"}</h2>
          {view.documents.length > 0 ? (
            <DocumentList eventId={eventItem.id} documents={view.documents} />
          ) : (
            <p class="kern-body">Zu diesem Termin liegen keine Unterlagen vor.</p>
          )}
        </>
      )}
      <p class="kern-body">
        <a class="kern-link" href={`/termine/${eventItem.id}.ics`}>
          In den Kalender übernehmen (iCal)
        </a>
        {view.canManage && (
          <>
            {" · "}
            <a class="kern-link" href={`/programm/termine/${eventItem.id}`}>
              Anmeldungen und Anwesenheit
            </a>
          </>
        )}
      </p>
      <h2 class="kern-heading-medium">Anmeldung</h2>
      <Registration ctx={ctx} view={view} />
    </Layout>
  );
}

function Registration({ ctx, view }: { ctx: PageContext; view: EventView }) {
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
              hint="Sie erhalten einen Link, mit dem Sie Ihre Anmeldung bestätigen."
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
