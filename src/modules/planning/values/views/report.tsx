import { Alert, TableHead } from "../../../../platform/views/components.tsx";
import { formatNumber } from "../../../../platform/numbers.ts";
import type { Report } from "../rules/collect.ts";
import { importTexts } from "../texts.ts";

/** The validation report: every problem with its line and column, or what was saved per indicator and period. */
export function ReportView({ report, saved }: { report: Report; saved: boolean }) {
  const more = report.problemCount - report.problems.length;
  return (
    <div class="kern-stack">
      {saved ? (
        <Alert kind="success" title={importTexts.saved}>
          <p class="kern-body">{formatNumber(report.counts.reduce((sum, count) => sum + count.values, 0))} Werte wurden übernommen.</p>
        </Alert>
      ) : (
        <Alert kind="danger" title={`${formatNumber(report.problemCount)} ${report.problemCount === 1 ? "Problem" : "Probleme"} gefunden`} urgent>
          <p class="kern-body">{importTexts.failed}</p>
        </Alert>
      )}
      {report.ignored.length > 0 && <p class="kern-body">Diese Spalten wurden ignoriert: {report.ignored.join(", ")}</p>}
      {report.problems.length > 0 && (
        <section class="kern-table-responsive" tabIndex={0} aria-label="Probleme in der Datei">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">Probleme in der Datei</caption>
            <TableHead columns={[{ label: "Zeile", numeric: true }, "Spalte", "Problem"]} />
            <tbody class="kern-table__body">
              {report.problems.map((problem) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell kern-table__cell--numeric">{problem.line > 0 ? problem.line : "–"}</td>
                  <td class="kern-table__cell">{problem.column || "–"}</td>
                  <td class="kern-table__cell">{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {more > 0 && <p class="kern-body">… und {formatNumber(more)} weitere Probleme. Die ersten zeigt die Tabelle; oft haben alle dieselbe Ursache.</p>}
      {saved && report.counts.length > 0 && (
        <section class="kern-table-responsive" tabIndex={0} aria-label="Übernommene Werte je Indikator und Zeitraum">
          <table class="kern-table kern-table--striped">
            <caption class="kern-title">Übernommene Werte je Indikator und Zeitraum</caption>
            <TableHead columns={["Indikator", "Zeitraum", { label: "Werte", numeric: true }]} />
            <tbody class="kern-table__body">
              {report.counts.map((count) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">{count.indicator}</td>
                  <td class="kern-table__cell">{count.period}</td>
                  <td class="kern-table__cell kern-table__cell--numeric">{formatNumber(count.values)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
