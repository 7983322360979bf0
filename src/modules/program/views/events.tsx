import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { Alert } from "../../../platform/views/components.tsx";
import type { FieldErrors } from "../../../platform/forms.ts";
import type { EventSummary } from "../queries/events.ts";
import { audiences } from "../reference.ts";
import { DocumentList, EventDays, Seats } from "./parts.tsx";
import { Registration } from "./registration.tsx";
import type { DocumentInfo } from "../documents/queries.ts";

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
