import { TableHead } from "../../../../platform/views/components.tsx";
import { hiddenLabels, protectedSign } from "../../rules/protection.ts";
import { valueText } from "../queries.ts";
import type { ProfileRow } from "../rules/profile.ts";
import { renderChangeBar, renderSpine } from "../rules/spine.ts";

const shownValue = (row: ProfileRow) => (row.value === null ? protectedSign : valueText(row.value, row.unit));

/** The spine chart of a profile: only indicators with visible values somewhere in the municipality. */
export function SpineChart(props: { title: string; rows: ProfileRow[]; idPrefix: string }) {
  const rows = props.rows.flatMap((row) =>
    row.spread ? [{ label: row.name, ...row.spread, value: row.value, valueText: shownValue(row), polarity: row.polarity }] : [],
  );
  if (rows.length === 0) return null;
  return <div class="k360-spine-figure" dangerouslySetInnerHTML={{ __html: renderSpine({ title: props.title, rows, idPrefix: props.idPrefix }) }} />;
}

const signed = (value: number, unit: string) => `${value > 0 ? "+" : value < 0 ? "−" : "±"}${valueText(Math.abs(value), unit)}`;

/** Every indicator of an area against the municipality: the profile's table, for screen readers and print. */
export function ProfileTable(props: { caption: string; rows: ProfileRow[]; previous: string | null }) {
  const reach = Math.max(0, ...props.rows.map((row) => Math.abs(row.change ?? 0)));
  const changeHead = props.previous ? `Veränderung seit ${props.previous}` : "Veränderung";
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label={props.caption}>
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">{props.caption}</caption>
        <TableHead
          columns={[
            "Indikator",
            { label: "Wert des Gebiets", numeric: true },
            { label: "Mittelwert der Gebiete", numeric: true },
            { label: "Kleinster Wert", numeric: true },
            { label: "Größter Wert", numeric: true },
            { label: changeHead, numeric: true },
            "Hinweis",
          ]}
        />
        <tbody class="kern-table__body">
          {props.rows.map((row) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                {row.name}
              </th>
              <td class="kern-table__cell kern-table__cell--numeric">{shownValue(row)}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{row.spread ? valueText(row.spread.mean, row.unit) : "–"}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{row.spread ? valueText(row.spread.min, row.unit) : "–"}</td>
              <td class="kern-table__cell kern-table__cell--numeric">{row.spread ? valueText(row.spread.max, row.unit) : "–"}</td>
              <td class="kern-table__cell kern-table__cell--numeric">
                {row.change === null ? (
                  "–"
                ) : (
                  <>
                    <span dangerouslySetInnerHTML={{ __html: renderChangeBar(row.change, reach, row.polarity) }} /> {signed(row.change, row.unit)}
                  </>
                )}
              </td>
              <td class="kern-table__cell">{row.hidden ? hiddenLabels[row.hidden] : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
