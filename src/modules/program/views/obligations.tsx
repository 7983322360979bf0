import { Layout } from "../../../platform/views/layout.tsx";
import type { PageContext } from "../../../platform/views/page-context.ts";
import type { Obligation, TandemObligations } from "../rules/obligations.ts";
import { describe } from "../rules/obligations.ts";
import type { EventSummary } from "../queries/events.ts";
import { StatusBadge, registrationLabel } from "./parts.tsx";
import { CheckInEntry } from "../checkins/views/check-ins.tsx";
import { MyPaths, type TakenPath } from "../applications/views/my-path.tsx";
import type { CheckIn, NextStep } from "../checkins/queries.ts";
import { CsrfField, SubmitButton } from "../../../platform/views/form.tsx";

function ObligationTable({ tandem, caption }: { tandem: TandemObligations; caption: string }) {
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label={caption}>
      <table class="kern-table">
        <caption class="kern-title">{caption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              Format
            </th>
            <th class="kern-table__header" scope="col">
              Für
            </th>
            <th class="kern-table__header" scope="col">
              Stand
            </th>
            <th class="kern-table__header" scope="col">
              Bewertung
            </th>
            <th class="kern-table__header" scope="col">
              Regel und Frist
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {tandem.obligations.map((o) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                {o.formatTitle}
              </th>
              <td class="kern-table__cell">{o.who}</td>
              <td class="kern-table__cell">
                {describe(o)}
                <UnscheduledFlag obligation={o} />
              </td>
              <td class="kern-table__cell">
                <StatusBadge status={o.status} />
              </td>
              <td class="kern-table__cell">{o.rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The flag of a binding format that is still needed but has no date yet. */
function UnscheduledFlag({ obligation }: { obligation: Obligation }) {
  if (!obligation.warning) return null;
  return (
    <p class="kern-body kern-body--small">
      <span class="kern-icon kern-icon--warning" aria-hidden="true"></span> <strong>{obligation.warning}</strong>
    </p>
  );
}

/** The rule behind each binding format, with its deadline, once under the cohort table. */
function Rules({ tandems }: { tandems: TandemObligations[] }) {
  const rules = tandems[0]?.obligations ?? [];
  if (rules.length === 0) return null;
  return (
    <>
      <h3 class="kern-heading-small">Regeln und Fristen</h3>
      <ul class="kern-list">
        {rules.map((o) => (
          <li>
            <strong>{o.formatTitle}:</strong> {o.rule}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One row per tandem, one column per binding format: the team sees the whole cohort at a glance. */
function CohortTable({ tandems }: { tandems: TandemObligations[] }) {
  const columns = tandems[0]?.obligations.map((o) => o.formatTitle) ?? [];
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label="Verpflichtungen je Tandem">
      <table class="kern-table">
        <caption class="kern-sr-only">Verpflichtungen je Tandem, gefährdete zuerst</caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              Kommune
            </th>
            {columns.map((c) => (
              <th class="kern-table__header" scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {tandems.map((t) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                <a class="kern-link" href={`/kommunen/${t.municipality.slug}`}>
                  {t.municipality.name}
                </a>
              </th>
              {t.obligations.map((o) => (
                <td class="kern-table__cell">
                  <StatusBadge status={o.status} />
                  <div class="kern-body kern-body--small">
                    {o.who !== "Tandem" && `${o.who}: `}
                    {describe(o)}
                  </div>
                  <UnscheduledFlag obligation={o} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function OverviewPage(props: {
  ctx: PageContext;
  tandems: TandemObligations[];
  events: EventSummary[];
  applicationFormats: { id: number; title: string }[];
}) {
  const { ctx, tandems, events, applicationFormats } = props;
  return (
    <Layout ctx={ctx} title="Programmsteuerung" crumbs={[{ label: "Startseite", href: "/" }, { label: "Programmsteuerung" }]}>
      <h1 class="kern-heading-large">Programmsteuerung</h1>
      <p class="kern-body">Verpflichtungen der Tandems, berechnet aus den Regeln der Formate und der erfassten Anwesenheit. Gefährdete Tandems stehen oben.</p>
      <ul class="kern-list kern-list--horizontal">
        <li>
          <a class="kern-link" href="/programm/termine/neu">
            Termin anlegen
          </a>
        </li>
        <li>
          <a class="kern-link" href="/programm/check-ins">
            Check-Ins
          </a>
        </li>
        <li>
          <a class="kern-link" href="/programm/tandems">
            Tandems
          </a>
        </li>
        <li>
          <a class="kern-link" href="/programm/formate">
            Formate und Regeln
          </a>
        </li>
        {applicationFormats.map((f) => (
          <li>
            <a class="kern-link" href={`/programm/bewerbungen/${f.id}`}>
              Bewerbungen {f.title}
            </a>
          </li>
        ))}
      </ul>
      <h2 class="kern-heading-medium">Verpflichtungen der Kohorte</h2>
      <CohortTable tandems={tandems} />
      <Rules tandems={tandems} />
      <h2 class="kern-heading-medium">Termine</h2>
      <ul class="kern-list">
        {events.map((e) => (
          <li>
            <a class="kern-link" href={`/programm/termine/${e.id}`}>
              {e.title}
            </a>{" "}
            ({e.days[0]?.date.split("-").reverse().join(".") ?? "Datum folgt"}, {e.seatsTaken} Anmeldungen{e.waiting ? `, ${e.waiting} auf der Warteliste` : ""}
            )
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function MyProgramPage(props: {
  ctx: PageContext;
  /** The program the person's municipality takes part in. */
  programTitle: string;
  tandem: TandemObligations | null;
  mine: { event: EventSummary; status: string }[];
  checkIns: CheckIn[];
  certificates: { formatId: number; title: string }[];
  feedUrl: string | null;
  paths: TakenPath[];
  /** The next steps agreed in the tandem's check-ins, and today for their due dates. */
  steps: { list: NextStep[]; today: string };
}) {
  return (
    <Layout ctx={props.ctx} title="Mein Programm" crumbs={[{ label: "Startseite", href: "/" }, { label: "Mein Programm" }]}>
      <h1 class="kern-heading-large">Mein Programm</h1>
      <p class="kern-body">{props.programTitle}</p>
      {props.tandem ? (
        <ObligationTable tandem={props.tandem} caption={`Verpflichtungen des Tandems ${props.tandem.municipality.name}`} />
      ) : (
        <p class="kern-body">Sie gehören zu keinem Tandem einer Fellow-Kommune; für Sie gelten keine Pflichttermine.</p>
      )}
      <MyPaths paths={props.paths} />
      <Certificates certificates={props.certificates} />
      {props.tandem && (
        <>
          <h2 class="kern-heading-medium">Check-Ins</h2>
          <p class="kern-body">Vertraulich: nur Ihr Tandem und das Team der Initiative sehen diese Notizen.</p>
          {props.checkIns.length === 0 ? (
            <p class="kern-body">Noch keine Check-Ins erfasst.</p>
          ) : (
            props.checkIns.map((c) => (
              <CheckInEntry c={c} editable={false} steps={{ ...props.steps, list: props.steps.list.filter((s) => s.checkInId === c.id) }} />
            ))
          )}
        </>
      )}
      <CalendarFeed csrfToken={props.ctx.csrfToken} feedUrl={props.feedUrl} />
      <h2 class="kern-heading-medium">Meine Termine</h2>
      {props.mine.length === 0 ? (
        <p class="kern-body">
          Sie sind für keinen Termin angemeldet.{" "}
          <a class="kern-link" href="/termine">
            Zu den Terminen
          </a>
        </p>
      ) : (
        <ul class="kern-list">
          {props.mine.map(({ event, status }) => (
            <li>
              <a class="kern-link" href={`/termine/${event.id}`}>
                {event.title}
              </a>{" "}
              – {event.days.map((d) => d.date.split("-").reverse().join(".")).join(", ")} – {registrationLabel(status)}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** The person's calendar subscription: its address, and the button for a new one. */
function CalendarFeed({ csrfToken, feedUrl }: { csrfToken: string | null; feedUrl: string | null }) {
  return (
    <>
      <h2 class="kern-heading-medium" id="kalender">
        Meine Termine im Kalender
      </h2>
      {feedUrl ? (
        <p class="kern-body">
          Abonnieren Sie diese Adresse in Ihrem Kalenderprogramm (Outlook, Thunderbird, Smartphone): <code class="k360-mail">{feedUrl}</code>. Sie ist
          persönlich – geben Sie sie nicht weiter. Mit einer neuen Adresse wird die alte ungültig.
        </p>
      ) : (
        <p class="kern-body">Erstellen Sie eine persönliche Kalenderadresse, die alle Ihre Termine enthält und sich von selbst aktualisiert.</p>
      )}
      <form method="post" action="/mein-programm/kalender">
        <CsrfField token={csrfToken} />
        <SubmitButton label={feedUrl ? "Neue Kalenderadresse erstellen" : "Kalenderadresse erstellen"} kind="secondary" />
      </form>
    </>
  );
}

function Certificates({ certificates }: { certificates: { formatId: number; title: string }[] }) {
  if (certificates.length === 0) return null;
  return (
    <>
      <h2 class="kern-heading-medium">Teilnahmebescheinigungen</h2>
      <ul class="kern-list">
        {certificates.map((c) => (
          <li>
            <a class="kern-link" href={`/mein-programm/bescheinigung/${c.formatId}.pdf`}>
              {c.title}: Teilnahmebescheinigung (PDF)
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
