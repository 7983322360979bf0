import { formatNumber } from "../../../../platform/numbers.ts";
import { protectedSign } from "../../rules/protection.ts";
import type { AnalysisResult } from "../queries.ts";
import { hiddenReasons } from "../rules/cells.ts";
import { analysisTexts, classLabel, exclusionText, hiddenText } from "../texts.ts";

export const figure = (value: number, digits = 2) => (value !== value ? "–" : formatNumber(value, digits));

/** The rows in the order of the ranking; excluded areas follow, by key. */
export function rankedRows(result: AnalysisResult): number[] {
  const rank = result.computation.rank;
  return result.areas.map((_, row) => row).sort((first, second) => (rank[first] || Infinity) - (rank[second] || Infinity) || first - second);
}

/** A protected or missing value: the sign, with the reason's footnote number (the legend below the table says why). */
export function Hidden({ code }: { code: number }) {
  return (
    <>
      <span aria-hidden="true">
        {protectedSign}
        <sup>{code}</sup>
      </span>
      <span class="kern-sr-only">{hiddenText(code)}</span>
    </>
  );
}

export function HiddenLegend() {
  return (
    <ul class="kern-list k360-analysis-legend">
      {hiddenReasons.map((reason, code) =>
        reason ? (
          <li>
            {protectedSign}
            <sup>{code}</sup> {hiddenText(code)}
          </li>
        ) : null,
      )}
    </ul>
  );
}

function AreaRow({ result, row }: { result: AnalysisResult; row: number }) {
  const { computation } = result;
  const area = result.areas[row]!;
  const excluded = exclusionText(computation.excluded[row]!, result.settings.minPopulation);
  const trend = computation.dynamics?.trend[row] ?? 0;
  const cell = "kern-table__cell kern-table__cell--numeric";
  return (
    <tr class="kern-table__row">
      <td class={cell}>{computation.rank[row] || "–"}</td>
      <th class="kern-table__header" scope="row">
        {area.name} <span class="k360-analysis-key">({area.key})</span>
        {excluded && <div class="kern-hint">{excluded}</div>}
      </th>
      <td class={cell}>{figure(computation.index[row]!)}</td>
      <td class="kern-table__cell">{classLabel(computation.classes[row]!, result.settings.classCount)}</td>
      {computation.dynamics && <td class="kern-table__cell">{analysisTexts.trendLabels[trend]}</td>}
      {result.indicators.map((_, column) => {
        const code = result.hidden[column]![row]!;
        return code ? (
          <>
            <td class={cell}>
              <Hidden code={code} />
            </td>
            <td class={cell}>–</td>
          </>
        ) : (
          <>
            <td class={cell}>{figure(result.input.indicators[column]!.values[row]!, 1)}</td>
            <td class={cell}>{figure(computation.indicators[column]!.z[row]!)}</td>
          </>
        );
      })}
    </tr>
  );
}

/** The ranking: rank, area, index, class, dynamics, and each indicator's value and z-score. */
export function RankingTable({ result }: { result: AnalysisResult }) {
  const numeric = "kern-table__header kern-table__header--numeric";
  return (
    <section class="kern-table-responsive" tabIndex={0} aria-label={`Rangfolge der Planungsräume, ${result.settings.period} (Rang 1: höchster Bedarf)`}>
      <table class="kern-table kern-table--striped">
        <caption class="kern-title">Rangfolge der Planungsräume, {result.settings.period} (Rang 1: höchster Bedarf)</caption>
        <thead>
          <tr class="kern-table__row">
            <th class={numeric} scope="col">
              Rang
            </th>
            <th class="kern-table__header" scope="col">
              Planungsraum
            </th>
            <th class={numeric} scope="col">
              Index
            </th>
            <th class="kern-table__header" scope="col">
              Klasse
            </th>
            {result.computation.dynamics && (
              <th class="kern-table__header" scope="col">
                Dynamik seit {result.settings.comparePeriod}
              </th>
            )}
            {result.indicators.map((indicator) => (
              <>
                <th class={numeric} scope="col">
                  {indicator.name}
                </th>
                <th class={numeric} scope="col">
                  z {indicator.name}
                </th>
              </>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {rankedRows(result).map((row) => (
            <AreaRow result={result} row={row} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Berlin's status/dynamics matrix: how many areas have each status class and each trend. */
export function DynamicsMatrix({ result }: { result: AnalysisResult }) {
  const dynamics = result.computation.dynamics;
  if (!dynamics) return null;
  const trends = [1, 2, 3];
  return (
    <section
      class="kern-table-responsive"
      tabIndex={0}
      aria-label={`Status und Dynamik: Anzahl der Planungsräume je Klasse und Entwicklung seit ${result.settings.comparePeriod}`}
    >
      <table class="kern-table">
        <caption class="kern-title">Status und Dynamik: Anzahl der Planungsräume je Klasse und Entwicklung seit {result.settings.comparePeriod}</caption>
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              Klasse (Status)
            </th>
            {trends.map((trend) => (
              <th class="kern-table__header kern-table__header--numeric" scope="col">
                {analysisTexts.trendLabels[trend]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {dynamics.matrix.map((counts, index) => (
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="row">
                {classLabel(index + 1, result.settings.classCount)}
              </th>
              {counts.map((count) => (
                <td class="kern-table__cell kern-table__cell--numeric">{count}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
