import { TableHead } from "../../../../platform/views/components.tsx";
import { classifications, polarities, standardisations } from "../../reference.ts";
import type { AnalysisResult } from "../queries.ts";
import { sdSteps } from "../rules/classes.ts";
import { steadyBand } from "../rules/dynamics.ts";
import { analysisTexts, exclusionText } from "../texts.ts";
import { AnalysisLayout, type WorkbenchFrame } from "./analysis-page.tsx";
import { figure, HiddenLegend, RankingTable } from "./result.tsx";

const numeric = (label: string) => ({ label, numeric: true as const });

function IndicatorFigures({ result }: { result: AnalysisResult }) {
  const cell = "kern-table__cell kern-table__cell--numeric";
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label="Eingänge je Indikator (über die einbezogenen Planungsräume)">
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">Eingänge je Indikator (über die einbezogenen Planungsräume)</caption>
        <TableHead
          columns={[
            "Indikator",
            "Richtung",
            numeric("Gewicht"),
            numeric("Anteil am Gewicht"),
            numeric("Gebiete mit Wert"),
            numeric("Mittelwert"),
            numeric("Standardabweichung"),
            numeric("Minimum"),
            numeric("Maximum"),
          ]}
        />
        <tbody class="kern-table__body">
          {result.indicators.map((indicator, column) => {
            const figures = result.computation.indicators[column]!;
            return (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  {indicator.name} <span class="k360-analysis-key">({indicator.key})</span>
                </th>
                <td class="kern-table__cell">{polarities[indicator.polarity === "less" ? "less" : "more"]}</td>
                <td class={cell}>{figure(result.settings.weights[column]!)}</td>
                <td class={cell}>{figure(figures.weight * 100, 1)} %</td>
                <td class={cell}>{figures.stats.count}</td>
                <td class={cell}>{figure(figures.stats.mean, 3)}</td>
                <td class={cell}>{figure(figures.stats.sd, 3)}</td>
                <td class={cell}>{figure(figures.stats.min, 3)}</td>
                <td class={cell}>{figure(figures.stats.max, 3)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function Method({ result }: { result: AnalysisResult }) {
  const { settings, computation } = result;
  const sd =
    settings.classification === "sd"
      ? ` (Schwellen bei Mittelwert ${sdSteps[settings.classCount]!.map((step) => `${step > 0 ? "+" : ""}${figure(step, 1)}`).join(" / ")} Standardabweichungen)`
      : "";
  return (
    <dl class="k360-analysis-settings">
      <dt>Gebietsstand</dt>
      <dd>{result.cut.label}</dd>
      <dt>Zeitraum</dt>
      <dd>
        {settings.period}
        {settings.comparePeriod ? `, verglichen mit ${settings.comparePeriod}` : ""}
      </dd>
      <dt>Standardisierung</dt>
      <dd>{standardisations[settings.standardisation]}: Mittelwert und Standardabweichung der Grundgesamtheit (geteilt durch n), Richtung angeglichen</dd>
      <dt>Index</dt>
      <dd>
        Gewichtetes Mittel der standardisierten Werte; fehlt einem Gebiet ein Wert, zählen die übrigen, solange sie mindestens die Hälfte des Gewichts tragen
      </dd>
      <dt>Klassen</dt>
      <dd>
        {settings.classCount} Klassen, {classifications[settings.classification]}
        {sd}; Obergrenzen: {computation.breaks.map((limit) => figure(limit, 3)).join(" | ") || "–"}
      </dd>
      {computation.dynamics && (
        <>
          <dt>Dynamik</dt>
          <dd>
            Veränderung des Index; stabil innerhalb von ± {figure(steadyBand, 1)} Standardabweichungen der Veränderungen (±{" "}
            {figure(computation.dynamics.threshold, 3)})
          </dd>
        </>
      )}
      <dt>Mindestbevölkerung</dt>
      <dd>{settings.minPopulation} Einwohnerinnen und Einwohner</dd>
    </dl>
  );
}

function Excluded({ result }: { result: AnalysisResult }) {
  const rows = result.areas.map((_, row) => row).filter((row) => result.computation.excluded[row]);
  if (rows.length === 0) return <p class="kern-body">Alle Planungsräume sind im Index.</p>;
  return (
    <ul class="kern-list">
      {rows.map((row) => (
        <li>
          {result.areas[row]!.name} ({result.areas[row]!.key}): {exclusionText(result.computation.excluded[row]!, result.settings.minPopulation)}
        </li>
      ))}
    </ul>
  );
}

/** The receipt: every input and every step of the analysis, to check it by hand. */
export function ReceiptPage(props: WorkbenchFrame & { result: AnalysisResult; query: string }) {
  const { result, base, query } = props;
  return (
    <AnalysisLayout {...props} title={analysisTexts.receiptTitle} sub={{ label: analysisTexts.title, href: `${base}/analyse?${query}` }}>
      <p class="kern-body">
        <a class="kern-link" href={`${base}/analyse/beleg?${query}&format=csv`}>
          Beleg als CSV herunterladen
        </a>
      </p>
      <h2 class="kern-heading-medium">Verfahren</h2>
      <Method result={result} />
      <IndicatorFigures result={result} />
      <h2 class="kern-heading-medium">Nicht im Index</h2>
      <Excluded result={result} />
      <h2 class="kern-heading-medium">Werte und z-Werte je Planungsraum</h2>
      <RankingTable result={result} />
      <HiddenLegend />
    </AnalysisLayout>
  );
}
