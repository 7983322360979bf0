import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import { Alert } from "../../../platform/views/components.tsx";
import type { EventSummary, RegistrationRow } from "../queries/events.ts";
import { seatHolding, type RegistrationStatus } from "../reference.ts";
import { EventDays, Seats, registrationLabel } from "./parts.tsx";
import type { DocumentInfo } from "../documents/queries.ts";
import { EventDocuments } from "../documents/views/documents.tsx";
import { formatDayWithWeekday } from "../../../platform/dates.ts";
import { CsrfField, SubmitButton } from "../../../platform/views/form.tsx";

export interface TeamEventView {
  event: EventSummary;
  documents: DocumentInfo[];
  registrations: RegistrationRow[];
  marks: { registrationId: number; eventDayId: number; present: boolean }[];
  holidays: string[];
  today: string;
  notice?: string;
  error?: string;
  uploadError?: string;
}

export function TeamEventPage({ ctx, view }: { ctx: PageContext; view: TeamEventView }) {
  const { event: eventItem } = view;
  return (
    <Layout
      ctx={ctx}
      title={`Anmeldungen: ${eventItem.title}`}
      crumbs={[{ label: "Startseite", href: "/" }, { label: "Programmsteuerung", href: "/programm" }, { label: eventItem.title }]}
    >
      {view.notice && <Alert kind="success" title={view.notice} />}
      {view.error && <Alert kind="danger" title={view.error} urgent />}
      <h1 class="kern-heading-large">{eventItem.title}</h1>
      <EventDays event={eventItem} />
      {view.holidays.map((h) => (
        <Alert kind="warning" title={h} />
      ))}
      <p class="kern-body">
        <Seats event={eventItem} /> ·{" "}
        <a class="kern-link" href={`/programm/termine/${eventItem.id}/bearbeiten`}>
          Termin bearbeiten
        </a>{" "}
        ·{" "}
        <a class="kern-link" href={`/termine/${eventItem.id}`}>
          Ansicht für Teilnehmende
        </a>
      </p>
      <EventDocuments csrfToken={ctx.csrfToken} eventId={eventItem.id} documents={view.documents} uploadError={view.uploadError} />
      <Registrations csrfToken={ctx.csrfToken} view={view} />
      <Attendance csrfToken={ctx.csrfToken} view={view} />
    </Layout>
  );
}

function Registrations({ csrfToken, view }: { csrfToken: string | null; view: TeamEventView }) {
  return (
    <>
      <h2 class="kern-heading-medium">Anmeldungen ({view.registrations.length})</h2>
      <p class="kern-body">
        Teilnehmendenliste herunterladen:{" "}
        <a class="kern-link" href={`/programm/termine/${view.event.id}/teilnehmende.csv`}>
          CSV
        </a>{" "}
        ·{" "}
        <a class="kern-link" href={`/programm/termine/${view.event.id}/teilnehmende.xlsx`}>
          Excel (XLSX)
        </a>{" "}
        ·{" "}
        <a class="kern-link" href={`/programm/termine/${view.event.id}/nachricht`}>
          An alle Angemeldeten schreiben
        </a>
      </p>
      <div class="kern-table-responsive">
        <table class="kern-table kern-table--striped">
          <caption class="kern-sr-only">Anmeldungen in der Reihenfolge ihres Eingangs</caption>
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                Name
              </th>
              <th class="kern-table__header" scope="col">
                Kommune
              </th>
              <th class="kern-table__header" scope="col">
                Stand
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {view.registrations.map((r) => (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  {r.name}
                </th>
                <td class="kern-table__cell">{r.municipalityName ?? "–"}</td>
                <td class="kern-table__cell">{registrationLabel(r.status)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {view.registrations.some((r) => r.status === "registered") && (
        <form method="post" action={`/programm/termine/${view.event.id}/bestaetigen`}>
          <CsrfField token={csrfToken} />
          <SubmitButton label={`${view.registrations.filter((r) => r.status === "registered").length} offene Anmeldungen bestätigen`} kind="secondary" />
        </form>
      )}
    </>
  );
}

function Attendance({ csrfToken, view }: { csrfToken: string | null; view: TeamEventView }) {
  const seated = view.registrations.filter((r) => seatHolding.includes(r.status as RegistrationStatus));
  return (
    <>
      <h2 class="kern-heading-medium">Anwesenheit</h2>
      {seated.length === 0 && <p class="kern-body">Noch niemand hat einen festen Platz.</p>}
      {seated.length > 0 &&
        view.event.days.map((day) =>
          day.date > view.today ? (
            <p class="kern-body">{formatDayWithWeekday(day.date)}: erfassbar ab dem Veranstaltungstag.</p>
          ) : (
            <form method="post" action={`/programm/termine/${view.event.id}/anwesenheit`} class="kern-stack">
              <CsrfField token={csrfToken} />
              <input type="hidden" name="dayId" value={String(day.id)} />
              <fieldset class="kern-fieldset">
                <legend class="kern-label">Anwesend am {formatDayWithWeekday(day.date)}</legend>
                <div class="kern-fieldset__body">
                  {seated.map((registrationRow) => {
                    const mark = view.marks.find((m) => m.registrationId === registrationRow.id && m.eventDayId === day.id);
                    const id = `present-${day.id}-${registrationRow.id}`;
                    return (
                      <div class="kern-form-check">
                        <input
                          class="kern-form-check__checkbox"
                          type="checkbox"
                          id={id}
                          name="present"
                          value={String(registrationRow.id)}
                          checked={mark ? mark.present : false}
                        />
                        <label class="kern-label" for={id}>
                          {registrationRow.name}
                          {registrationRow.municipalityName ? ` (${registrationRow.municipalityName})` : ""}
                        </label>
                      </div>
                    );
                  })}
                </div>
              </fieldset>
              <div>
                <SubmitButton label={`Anwesenheit für ${formatDayWithWeekday(day.date)} speichern`} />
              </div>
            </form>
          ),
        )}
    </>
  );
}
