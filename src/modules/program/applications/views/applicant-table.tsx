import { TableHead } from "../../../../platform/views/components.tsx";
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
}

const buttonLabels: Record<string, string> = { include: "Aufnehmen", exclude: "Nicht aufnehmen", none: "Vorschlag übernehmen" };

function OverrideForm({ entry, formatId, csrfToken }: { entry: ApplicantEntry; formatId: number; csrfToken: string | null }) {
  const { row } = entry;
  if (row.notifiedAt) return <span class="kern-body kern-body--small">Entscheidung versandt</span>;
  const current = row.override ?? "none";
  const values = ["include", "exclude", "none"].filter((v) => v !== current && !(v === "include" && entry.inGroup && current === "none"));
  return (
    <form method="post" action={`/programm/bewerbungen/${formatId}/${row.id}/override`} class="k360-user">
      <CsrfField token={csrfToken} />
      {values.map((v) => (
        <button type="submit" name="value" value={v} class={`kern-btn kern-btn--${v === "none" ? "tertiary" : "secondary"}`}>
          <span class="kern-label">
            {buttonLabels[v]}
            <span class="kern-sr-only">: {row.name}</span>
          </span>
        </button>
      ))}
    </form>
  );
}

/** One row per application with everything the team weighs; the motivation folds away to keep the table readable. */
export function ApplicantTable({
  caption,
  entries,
  formatId,
  csrfToken,
}: {
  caption: string;
  entries: ApplicantEntry[];
  formatId: number;
  csrfToken: string | null;
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
            <ApplicantRow entry={entry} formatId={formatId} csrfToken={csrfToken} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ApplicantRow({ entry, formatId, csrfToken }: { entry: ApplicantEntry; formatId: number; csrfToken: string | null }) {
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
      <td class="kern-table__cell">
        <ul class="kern-list">
          {entry.reasons.map((reason) => (
            <li>{reason}</li>
          ))}
        </ul>
      </td>
      <td class="kern-table__cell">{entry.outcome}</td>
      <td class="kern-table__cell">
        <OverrideForm entry={entry} formatId={formatId} csrfToken={csrfToken} />
      </td>
    </tr>
  );
}
