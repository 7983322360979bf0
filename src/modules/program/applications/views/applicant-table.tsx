import { ListCell, TableHead } from "../../../../platform/views/components.tsx";
import { stateNames, kindNames } from "../rules/labels.ts";
import type { ApplicationRow } from "../queries.ts";
import { CsrfField } from "../../../../platform/views/form.tsx";

export interface ApplicantEntry {
  row: ApplicationRow;
  /** Why the person is where they are: the selection's reasons or their place on the list. */
  reasons: string[];
  /** What happens next for this person, e.g. "Zusage" or "Warteliste (Platz 2)". */
  outcome: string;
  /** The person is in the group, so "Aufnehmen" would change nothing. */
  inGroup: boolean;
  /** The forced include this person gives up the seat to, as the team chose. */
  gaveWayTo?: string;
}

/** Whom the team may name to give up a seat when all seats are taken; null while seats are free. */
export type SeatHolders = { id: number; name: string }[] | null;

const buttonLabels: Record<string, string> = { include: "Aufnehmen", exclude: "Nicht aufnehmen", none: "Vorschlag übernehmen" };

function OverrideButton({ value, name }: { value: string; name: string }) {
  return (
    <button type="submit" name="value" value={value} class={`kern-btn kern-btn--${value === "none" ? "tertiary" : "secondary"}`}>
      <span class="kern-label">
        {buttonLabels[value]}
        <span class="kern-sr-only">: {name}</span>
      </span>
    </button>
  );
}

function OverrideForm({ entry, formatId, csrfToken, holders }: { entry: ApplicantEntry; formatId: number; csrfToken: string | null; holders: SeatHolders }) {
  const { row } = entry;
  if (row.notifiedAt) return <span class="kern-body kern-body--small">Entscheidung versandt</span>;
  if (entry.gaveWayTo) return <span class="kern-body kern-body--small">Rückgängig über „Vorschlag übernehmen“ bei {entry.gaveWayTo}</span>;
  const action = `/programm/bewerbungen/${formatId}/${row.id}/override`;
  const current = row.override ?? "none";
  const offersInclude = current !== "include" && !(entry.inGroup && current === "none");
  const others = ["exclude", "none"].filter((v) => v !== current);
  return (
    <div class="kern-stack">
      {offersInclude && holders && !entry.inGroup ? (
        <form method="post" action={action} class="kern-stack">
          <CsrfField token={csrfToken} />
          <div class="kern-form-input">
            <label class="kern-label" for={`statt-${row.id}`}>
              Platz gibt ab<span class="kern-sr-only"> (für {row.name})</span>
            </label>
            <div class="kern-form-input__select-wrapper">
              <select class="kern-form-input__select" id={`statt-${row.id}`} name="replaces">
                <option value="">Bitte wählen</option>
                {holders.map((h) => (
                  <option value={String(h.id)}>{h.name}</option>
                ))}
              </select>
            </div>
          </div>
          <div>
            <OverrideButton value="include" name={row.name} />
          </div>
        </form>
      ) : null}
      <form method="post" action={action} class="k360-user">
        <CsrfField token={csrfToken} />
        {offersInclude && !(holders && !entry.inGroup) && <OverrideButton value="include" name={row.name} />}
        {others.map((v) => (
          <OverrideButton value={v} name={row.name} />
        ))}
      </form>
    </div>
  );
}

/** One row per application with everything the team weighs; the motivation folds away to keep the table readable. */
export function ApplicantTable({
  caption,
  entries,
  formatId,
  csrfToken,
  holders,
}: {
  caption: string;
  entries: ApplicantEntry[];
  formatId: number;
  csrfToken: string | null;
  holders: SeatHolders;
}) {
  return (
    <div class="kern-table-responsive">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">{caption}</caption>
        <TableHead
          columns={["Bewerbung", "Kommune", "Funktion und Erfahrung", "Arbeitsfeld", "Tandem", "Motivation", "Begründung", "Ergebnis", "Auswahl ändern"]}
        />
        <tbody class="kern-table__body">
          {entries.map((entry) => (
            <ApplicantRow entry={entry} formatId={formatId} csrfToken={csrfToken} holders={holders} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ApplicantRow({ entry, formatId, csrfToken, holders }: { entry: ApplicantEntry; formatId: number; csrfToken: string | null; holders: SeatHolders }) {
  const { row } = entry;
  return (
    <tr class="kern-table__row" id={`bewerbung-${row.id}`}>
      <th class="kern-table__header" scope="row">
        {row.name}
        <div class="kern-body kern-body--small">{row.email}</div>
      </th>
      <td class="kern-table__cell">
        {row.municipalityName}
        <div class="kern-body kern-body--small">
          {stateNames[row.stateCode] ?? "Land unbekannt"} · {kindNames[row.municipalityKind] ?? row.municipalityKind}
        </div>
      </td>
      <td class="kern-table__cell">
        {row.jobTitle}
        <div class="kern-body kern-body--small">{row.yearsOfExperience === 1 ? "1 Jahr" : `${row.yearsOfExperience} Jahre`}</div>
      </td>
      <td class="kern-table__cell">{row.perspective}</td>
      <td class="kern-table__cell">{row.tandemPartnerApplying ? `ja${row.partnerName ? `, mit ${row.partnerName}` : ""}` : "nein"}</td>
      <td class="kern-table__cell">
        <details>
          <summary>
            Lesen<span class="kern-sr-only">: Motivation von {row.name}</span>
          </summary>
          <p class="kern-body">{row.motivation}</p>
        </details>
      </td>
      <ListCell items={entry.reasons} />
      <td class="kern-table__cell">{entry.outcome}</td>
      <td class="kern-table__cell">
        <OverrideForm entry={entry} formatId={formatId} csrfToken={csrfToken} holders={holders} />
      </td>
    </tr>
  );
}
