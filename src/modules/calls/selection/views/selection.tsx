import { callCrumbs } from "../../setup/views/team-list.tsx";
import { Layout } from "../../../../platform/views/layout.tsx";
import type { PageContext } from "../../../../platform/views/page-context.ts";
import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { Checkbox, CsrfField, SubmitButton } from "../../../../platform/views/form.tsx";
import { decisions, type Decision } from "../../reference.ts";
import type { Call } from "../../queries.ts";
import type { SelectionState } from "../queries.ts";
import { columns, pageTexts } from "../texts.ts";
import { ApplicationTable, type Entry, type SeatHolders } from "./application-table.tsx";
import { SpreadTable } from "./spread-table.tsx";

export interface SelectionView {
  call: Call;
  /** Null before the deadline: nothing to select yet. */
  state: SelectionState | null;
  notice?: string;
  error?: string;
}

const base = (call: Call) => `/team/ausschreibungen/${call.id}/auswahl`;

export function SelectionPage({ ctx, view }: { ctx: PageContext; view: SelectionView }) {
  const { call, state } = view;
  return (
    <Layout ctx={ctx} title={pageTexts.title(call)} crumbs={[...callCrumbs(call), { label: pageTexts.title(call) }]}>
      {view.notice && <Alert kind="success" title={view.notice} />}
      {view.error && <Alert kind="danger" title={view.error} urgent />}
      <h1 class="kern-heading-large">{pageTexts.title(call)}</h1>
      {state === null ? (
        <Alert kind="info" title={pageTexts.beforeDeadline(call)} />
      ) : state.rows.length === 0 ? (
        <p class="kern-body">{pageTexts.noApplications}</p>
      ) : call.status === "decided" ? (
        <Decided call={call} state={state} />
      ) : (
        <Proposal ctx={ctx} call={call} state={state} />
      )}
    </Layout>
  );
}

function Proposal({ ctx, call, state }: { ctx: PageContext; call: Call; state: SelectionState }) {
  const { result, byId, scores } = state;
  const entry = (id: number, reasons: string[], inGroup: boolean, forced = false, rank?: number): Entry => ({
    row: byId.get(id)!,
    score: scores.get(id),
    reasons,
    inGroup,
    forced,
    rank,
  });
  const chosen = result.chosen.map((c) => entry(c.id, c.reasons, true, c.forced));
  const waiting = result.waitingList.map((w) => entry(w.id, w.reasons, false, false, w.rank));
  const excluded = result.excluded.map((id) => entry(id, [], false));
  const holders: SeatHolders =
    result.chosen.length < call.places ? null : result.chosen.filter((c) => !c.forced).map((c) => ({ id: c.id, name: byId.get(c.id)!.municipalityName }));
  const table = (caption: string, entries: Entry[]) => (
    <ApplicationTable caption={caption} entries={entries} action={(id) => `${base(call)}/${id}`} csrfToken={ctx.csrfToken} holders={holders} />
  );
  return (
    <>
      <p class="kern-body">{pageTexts.intro(call, state.rows.length)}</p>
      {result.unreviewed.length > 0 && <Alert kind="warning" title={pageTexts.unreviewed(result.unreviewed.length)} />}
      <h2 class="kern-heading-medium">{pageTexts.proposal(call.places)}</h2>
      <p class="kern-body">{pageTexts.overridesHelp}</p>
      {table(pageTexts.chosenCaption(chosen.length), chosen)}
      <h2 class="kern-heading-medium">{pageTexts.spreadHeading}</h2>
      <SpreadTable pool={result.spread.pool} group={result.spread.group} />
      <h2 class="kern-heading-medium">{pageTexts.waitingHeading}</h2>
      <p class="kern-body">{pageTexts.waitingHelp}</p>
      {waiting.length > 0 && table(pageTexts.waitingCaption(waiting.length), waiting)}
      {excluded.length > 0 && (
        <>
          <h2 class="kern-heading-medium">{pageTexts.excludedHeading}</h2>
          {table(pageTexts.excludedCaption(excluded.length), excluded)}
        </>
      )}
      <h2 class="kern-heading-medium">{pageTexts.sendHeading}</h2>
      <form method="post" action={`${base(call)}/versenden`} class="kern-stack">
        <CsrfField token={ctx.csrfToken} />
        <p class="kern-body">{pageTexts.sendHelp(chosen.length, state.rows.length - chosen.length)}</p>
        {call.kind === "fellow" && <p class="kern-body">{pageTexts.fellowHelp}</p>}
        <Checkbox name="bestaetigt" label={pageTexts.confirm} checked={false} />
        <div>
          <SubmitButton label={pageTexts.send} />
        </div>
      </form>
    </>
  );
}

function Decided({ call, state }: { call: Call; state: SelectionState }) {
  const rows = [...state.rows].sort(
    (a, b) => Number(b.decision === "accepted") - Number(a.decision === "accepted") || a.municipalityName.localeCompare(b.municipalityName, "de-DE"),
  );
  return (
    <>
      <Alert kind="info" title={pageTexts.decided(call)} />
      <h2 class="kern-heading-medium">{pageTexts.decidedHeading}</h2>
      <div class="kern-table-responsive">
        <table class="kern-table kern-table--striped">
          <caption class="kern-title">{pageTexts.decidedCaption}</caption>
          <TableHead columns={[columns.municipality, columns.decision, columns.reasons]} />
          <tbody class="kern-table__body">
            {rows.map((row) => (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  {row.municipalityName}
                </th>
                <td class="kern-table__cell">{row.decision ? decisions[row.decision as Decision] : ""}</td>
                <td class="kern-table__cell">{row.decisionReasons.join(" ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
