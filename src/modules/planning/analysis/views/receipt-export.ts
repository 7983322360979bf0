import { classifications, polarities, standardisations } from "../../reference.ts";
import type { AnalysisResult } from "../queries.ts";
import { exclusionText, hiddenText, analysisTexts } from "../texts.ts";
import { toCsv, type Cell } from "./exports.ts";

/**
 * The receipt as a long table (`bereich`, `gegenstand`, `merkmal`, `wert`): the settings, each
 * indicator's inputs (count, mean, population standard deviation, minimum, maximum, weights), the
 * class thresholds, the dynamics threshold, and per area every value, z-score, standardised value,
 * the index, rank, class, trend and why it is excluded. A hidden value appears only as its reason.
 */
export function receiptRows(result: AnalysisResult): Cell[][] {
  const { settings, computation } = result;
  const rows: Cell[][] = [
    ["einstellung", "", "gebietsstand", result.cut.label],
    ["einstellung", "", "zeitraum", settings.period],
    ["einstellung", "", "vergleichszeitraum", settings.comparePeriod ?? ""],
    ["einstellung", "", "standardisierung", standardisations[settings.standardisation]],
    ["einstellung", "", "klassenbildung", classifications[settings.classification]],
    ["einstellung", "", "klassen", settings.classCount],
    ["einstellung", "", "mindestbevoelkerung", settings.minPopulation],
  ];
  result.indicators.forEach((indicator, column) => {
    const figures = computation.indicators[column]!;
    rows.push(
      ["indikator", indicator.key, "name", indicator.name],
      ["indikator", indicator.key, "polaritaet", polarities[indicator.polarity === "less" ? "less" : "more"]],
      ["indikator", indicator.key, "gewicht", settings.weights[column]!],
      ["indikator", indicator.key, "gewicht_normiert", figures.weight],
      ["indikator", indicator.key, "anzahl_gebiete", figures.stats.count],
      ["indikator", indicator.key, "mittelwert", number(figures.stats.mean)],
      ["indikator", indicator.key, "standardabweichung", number(figures.stats.sd)],
      ["indikator", indicator.key, "minimum", number(figures.stats.min)],
      ["indikator", indicator.key, "maximum", number(figures.stats.max)],
    );
  });
  computation.breaks.forEach((limit, index) => rows.push(["klassen", "", `schwelle_${index + 1}`, limit]));
  if (computation.dynamics) rows.push(["dynamik", "", "schwelle_stabil", computation.dynamics.threshold]);
  result.areas.forEach((area, row) => rows.push(...areaRows(result, row, area.key)));
  return rows;
}

const number = (value: number) => (value !== value ? null : value);

function areaRows(result: AnalysisResult, row: number, key: string): Cell[][] {
  const { computation } = result;
  const rows: Cell[][] = [["gebiet", key, "einwohner", number(result.population[row]!)]];
  result.indicators.forEach((indicator, column) => {
    const code = result.hidden[column]![row]!;
    if (code) return rows.push(["gebiet", key, `${indicator.key}_hinweis`, hiddenText(code)]);
    const figures = computation.indicators[column]!;
    rows.push(
      ["gebiet", key, indicator.key, result.input.indicators[column]!.values[row]!],
      ["gebiet", key, `${indicator.key}_z`, number(figures.z[row]!)],
      ["gebiet", key, `${indicator.key}_standardisiert`, number(figures.standardised[row]!)],
    );
  });
  const excluded = exclusionText(computation.excluded[row]!, result.settings.minPopulation);
  if (excluded) rows.push(["gebiet", key, "ausgeschlossen", excluded]);
  else
    rows.push(
      ["gebiet", key, "index", computation.index[row]!],
      ["gebiet", key, "rang", computation.rank[row]!],
      ["gebiet", key, "klasse", computation.classes[row]!],
    );
  const dynamics = computation.dynamics;
  if (dynamics && dynamics.trend[row]) {
    rows.push(["gebiet", key, "index_vergleich", dynamics.previous[row]!], ["gebiet", key, "dynamik", analysisTexts.trendLabels[dynamics.trend[row]!]!]);
  }
  return rows;
}

export const receiptCsv = (result: AnalysisResult) => toCsv(["bereich", "gegenstand", "merkmal", "wert"], receiptRows(result));
