import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert } from "../../../../platform/views/components.tsx";
import type { SelectionResult } from "../rules/types.ts";
import { deadlineLabel, type ApplicationFormat, type ApplicationRow } from "../queries.ts";
import { waitingListLength, type Decision } from "../rules/decisions.ts";
import { messages, sendButtonLabel, statusLabels } from "../texts.ts";
import { ApplicantTable, type ApplicantEntry, type SeatHolders } from "./applicant-table.tsx";
import { SpreadTable } from "./spread-table.tsx";
import { Checkbox, CsrfField, SubmitButton } from "../../../../platform/views/form.tsx";

export interface TeamApplicationsView {
  format: ApplicationFormat;
  rows: ApplicationRow[];
  selection: SelectionResult;
  decisions: Map<number, Decision>;
  pending: { accepted: number; waitlisted: number; rejected: number; total: number };
  /** Decisions go out only after the deadline, so late applicants have the same chance. */
  canSend: boolean;
  notice?: string;
  error?: string;
}

function entryOf(view: TeamApplicationsView, byId: Map<number, ApplicationRow>, id: number, forced = false): ApplicantEntry {
  const row = byId.get(id)!;
  const decision = view.decisions.get(id)!;
  if (row.notifiedAt)
    return { row, reasons: row.decisionReasons, outcome: `${statusLabels[row.status] ?? row.status} (versandt)`, inGroup: row.status === "accepted" };
  const outcome = decision.status === "accepted" ? (forced ? "Zusage – vom Team gesetzt" : "Zusage") : statusLabels[decision.status];
  const gaveWayTo = row.replacedBy === null ? undefined : byId.get(row.replacedBy)?.name;
  return { row, reasons: decision.reasons, outcome, inGroup: decision.status === "accepted", gaveWayTo };
}

/** The proposed members the team may ask to give up their seat, once every seat is taken. */
function seatHolders(view: TeamApplicationsView, byId: Map<number, ApplicationRow>): SeatHolders {
  if (view.selection.chosen.length < view.format.freeSeats) return null;
  return view.selection.chosen.filter((c) => !c.forced && !byId.get(c.id)!.notifiedAt).map((c) => ({ id: c.id, name: byId.get(c.id)!.name }));
}

export function TeamApplicationsPage({ ctx, view }: { ctx: PageContext; view: TeamApplicationsView }) {
  const { format, selection } = view;
  const byId = new Map(view.rows.map((r) => [r.id, r]));
  const chosen = selection.chosen.map((c) => entryOf(view, byId, c.id, c.forced));
  const waiting = selection.waitingList.map((w) => entryOf(view, byId, w.id));
  const out = selection.notChosen.map((id) => entryOf(view, byId, id));
  const holders = seatHolders(view, byId);
  const table = (caption: string, entries: ApplicantEntry[]) => (
    <ApplicantTable caption={caption} entries={entries} formatId={format.id} csrfToken={ctx.csrfToken} holders={holders} />
  );
  return (
    <Layout
      ctx={ctx}
      title={`Bewerbungen: ${format.title}`}
      crumbs={[{ label: "Startseite", href: "/" }, { label: "Programmsteuerung", href: "/programm" }, { label: `Bewerbungen: ${format.title}` }]}
    >
      {view.notice && <Alert kind="success" title={view.notice} />}
      {view.error && <Alert kind="danger" title={view.error} urgent />}
      <h1 class="kern-heading-large">Bewerbungen: {format.title}</h1>
      <p class="kern-body">
        {view.rows.length} {view.rows.length === 1 ? "Bewerbung" : "Bewerbungen"} für {format.freeSeats} freie Plätze · Bewerbungsfrist: {deadlineLabel(format)}{" "}
        ·{" "}
        <a class="kern-link" href={`/lernpfade/${format.slug}/bewerbung`}>
          Bewerbungsformular
        </a>
      </p>
      {view.rows.length === 0 ? (
        <p class="kern-body">Es sind noch keine Bewerbungen eingegangen.</p>
      ) : (
        <>
          <Composition selection={selection} />
          <h2 class="kern-heading-medium">Vorschlag für die {format.freeSeats} freien Plätze</h2>
          <p class="kern-body">
            Der Vorschlag stellt eine Gruppe zusammen, die möglichst viele Länder, Arbeitsfelder, Erfahrungsstufen und Gebietsarten vereint; bei Gleichstand
            entscheidet der frühere Eingang. Sie können jede Wahl ändern: „Aufnehmen“ setzt eine Person in die Gruppe; sind alle Plätze vergeben, wählen Sie
            dabei, wer aus der Gruppe den Platz abgibt – diese Person steht dann vorn auf der Warteliste. „Nicht aufnehmen“ nimmt eine Person heraus, und an
            ihre Stelle rückt die Bewerbung, die die Gruppe dann am meisten ergänzt.
          </p>
          {table(`Vorgeschlagene Gruppe (${chosen.length})`, chosen)}
          <h2 class="kern-heading-medium">Warteliste und weitere Bewerbungen</h2>
          <p class="kern-body">
            In der Reihenfolge, in der sie die Gruppe am meisten ergänzen würden. Die ersten {waitingListLength} kommen auf die Warteliste, alle weiteren
            erhalten eine Absage.
          </p>
          {waiting.length === 0 ? <p class="kern-body">Keine weiteren Bewerbungen.</p> : table(`Rangfolge nach der Gruppe (${waiting.length})`, waiting)}
          {out.length > 0 && (
            <>
              <h2 class="kern-heading-medium">Nicht aufgenommen oder bereits beschieden</h2>
              {table(`Vom Team nicht aufgenommen oder bereits beschieden (${out.length})`, out)}
            </>
          )}
          <h2 class="kern-heading-medium">Entscheidungen versenden</h2>
          <SendForm ctx={ctx} view={view} />
        </>
      )}
    </Layout>
  );
}

function SendForm({ ctx, view }: { ctx: PageContext; view: TeamApplicationsView }) {
  if (view.pending.total === 0) return <p class="kern-body">Alle Entscheidungen sind versandt.</p>;
  if (!view.canSend) return <p class="kern-body">{messages.notYet(view.format)}</p>;
  return (
    <form method="post" action={`/programm/bewerbungen/${view.format.id}/versenden`} class="kern-stack">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="anzahl" value={String(view.pending.total)} />
      <p class="kern-body">
        Jede Person, der noch keine Entscheidung geschickt wurde, erhält genau eine E-Mail: eine Zusage, einen Platz auf der Warteliste oder eine Absage.
        Versandte Entscheidungen lassen sich hier nicht mehr ändern.
      </p>
      <Checkbox name="bestaetigt" label="Ich habe den Vorschlag geprüft und möchte die Entscheidungen versenden." checked={false} />
      <div>
        <SubmitButton label={sendButtonLabel(view.pending)} />
      </div>
    </form>
  );
}

/** How the proposed group is made up, in sentences and as a table beside all applications. */
function Composition({ selection }: { selection: TeamApplicationsView["selection"] }) {
  return (
    <>
      <h2 class="kern-heading-medium">Zusammensetzung der Gruppe</h2>
      <ul class="kern-list">
        {selection.summary.map((sentence) => (
          <li>{sentence}</li>
        ))}
      </ul>
      <SpreadTable pool={selection.spread.pool} group={selection.spread.group} />
    </>
  );
}
