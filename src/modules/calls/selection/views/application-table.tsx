import { ListCell, TableHead } from "../../../../platform/views/components.tsx";
import { CsrfField, SelectField } from "../../../../platform/views/form.tsx";
import { formatScore } from "../rules/reasons.ts";
import { columns, controls } from "../texts.ts";
import type { SelectionRow } from "../queries.ts";

export interface Entry {
  row: SelectionRow;
  score: { mean: number | null; count: number } | undefined;
  reasons: string[];
  rank?: number;
  inGroup: boolean;
  forced: boolean;
}

/** Whom an include may replace once every place is taken; null while places are free. */
export type SeatHolders = { id: number; name: string }[] | null;

interface TableProps {
  caption: string;
  entries: Entry[];
  action: (applicationId: number) => string;
  csrfToken: string | null;
  holders: SeatHolders;
}

function ScoreCell({ score }: { score: Entry["score"] }) {
  return (
    <td class="kern-table__cell kern-table__cell--numeric">
      {score?.mean === null || score?.mean === undefined ? controls.noScore : formatScore(score.mean)}
      <br />
      <span class="kern-body kern-body--small">{controls.reviews(score?.count ?? 0)}</span>
    </td>
  );
}

function Button({ value, label, name }: { value: string; label: string; name: string }) {
  return (
    <button type="submit" name="value" value={value} class={`kern-btn kern-btn--${value === "none" ? "tertiary" : "secondary"}`}>
      <span class="kern-label">
        {label}
        <span class="kern-sr-only">: {name}</span>
      </span>
    </button>
  );
}

/** Exclude a proposed member, undo a team choice, or include another one (choosing whom it replaces). */
function Controls({ entry, action, csrfToken, holders }: { entry: Entry; action: string; csrfToken: string | null; holders: SeatHolders }) {
  const { row } = entry;
  const name = row.municipalityName;
  const undo = row.override !== null;
  return (
    <form method="post" action={action} class="kern-stack">
      <CsrfField token={csrfToken} />
      {!entry.inGroup && !undo && holders && holders.length > 0 && (
        <SelectField
          id={`ersetzt-${row.id}`}
          name="replaces"
          label={controls.replaces(name)}
          options={holders.map((holder) => ({ value: String(holder.id), label: holder.name }))}
        />
      )}
      <div>
        {undo ? (
          <Button value="none" label={controls.undo} name={name} />
        ) : entry.inGroup ? (
          <Button value="exclude" label={controls.exclude} name={name} />
        ) : (
          <Button value="include" label={controls.include} name={name} />
        )}
      </div>
    </form>
  );
}

export function ApplicationTable({ caption, entries, action, csrfToken, holders }: TableProps) {
  const withRank = entries.some((e) => e.rank !== undefined);
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">{caption}</caption>
        <TableHead
          columns={[
            ...(withRank ? [{ label: columns.rank, numeric: true as const }] : []),
            columns.municipalityAndProject,
            { label: columns.score, numeric: true },
            columns.reasons,
            columns.actions,
          ]}
        />
        <tbody class="kern-table__body">
          {entries.map((entry) => (
            <tr class="kern-table__row" id={`bewerbung-${entry.row.id}`}>
              {withRank && <td class="kern-table__cell kern-table__cell--numeric">{entry.rank}</td>}
              <th class="kern-table__header" scope="row">
                {entry.row.municipalityName}
                {entry.forced && <span class="kern-body kern-body--small"> ({controls.forced})</span>}
                <br />
                <span class="kern-body kern-body--small">{entry.row.projectTitle}</span>
              </th>
              <ScoreCell score={entry.score} />
              <ListCell items={entry.reasons} />
              <td class="kern-table__cell">
                <Controls entry={entry} action={action(entry.row.id)} csrfToken={csrfToken} holders={holders} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
