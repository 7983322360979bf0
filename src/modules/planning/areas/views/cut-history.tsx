import { TableHead } from "../../../../platform/views/components.tsx";
import { formatDateTime } from "../../../../platform/dates.ts";
import { formatNumber } from "../../../../platform/numbers.ts";
import { sourceLabels } from "../texts.ts";

export interface CutRow {
  id: number;
  label: string;
  source: string;
  crs: string;
  createdAt: Date;
  replacedAt: Date | null;
  areas: number;
}

/** Every cut of the municipality, newest first: when, what, from where, in which CRS, how many areas. */
export function CutHistory(props: { cuts: CutRow[]; base: string }) {
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label="Gebietsstände">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">Gebietsstände</caption>
        <TableHead columns={["Angelegt", "Bezeichnung", "Quelle", "Koordinatensystem", { label: "Gebiete", numeric: true }, "Stand"]} />
        <tbody class="kern-table__body">
          {props.cuts.map((cut) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                <a class="kern-link" href={`${props.base}/stand/${cut.id}`}>
                  {formatDateTime(cut.createdAt)}
                </a>
              </th>
              <td class="kern-table__cell">{cut.label}</td>
              <td class="kern-table__cell">{sourceLabels[cut.source] ?? cut.source}</td>
              <td class="kern-table__cell">{cut.crs || "–"}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{formatNumber(cut.areas)}</td>
              <td class="kern-table__cell">{cut.replacedAt ? `abgelöst am ${formatDateTime(cut.replacedAt)}` : "aktuell"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
