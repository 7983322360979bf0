import type { AnalysisResult } from "../queries.ts";
import { exclusionText, hiddenText } from "../texts.ts";

/**
 * The exports of an analysis, one row per area in documented, stable columns: `gebiet` (the area's
 * key as text), `name`, then `<key>` (the value) and `<key>_z` (the z-score, polarity applied, so a
 * higher value means more need) for each indicator, `index`, `rang` (1 = the most need), `klasse`
 * (1 = the least need) and `hinweis` (why an area is not in the index or a value not shown).
 * Numbers with a dot as decimal separator; z-scores and the index rounded to 6 decimals. A value
 * the protection rule hides is an empty cell, never its number.
 */

export type Cell = string | number | null;

export const exportColumns = (result: AnalysisResult) => [
  "gebiet",
  "name",
  ...result.indicators.flatMap((indicator) => [indicator.key, `${indicator.key}_z`]),
  "index",
  "rang",
  "klasse",
  "hinweis",
];

const rounded = (value: number) => (value !== value ? null : Math.round(value * 1e6) / 1e6);

/** Why a row has gaps: the area's exclusion and each hidden value, in German. */
export function rowNote(result: AnalysisResult, row: number): string {
  const computation = result.computation;
  const notes: string[] = [];
  const excluded = exclusionText(computation.excluded[row]!, result.settings.minPopulation);
  if (excluded) notes.push(excluded);
  result.indicators.forEach((indicator, column) => {
    const code = result.hidden[column]![row]!;
    if (code) notes.push(`${indicator.key}: ${hiddenText(code)}`);
  });
  if (!excluded && computation.lacking[row]! > 0) notes.push("Index aus den übrigen Indikatoren, Gewichte neu verteilt");
  return notes.join("; ");
}

/** The rows of the export (without the header), in the order of the areas. */
export function exportRows(result: AnalysisResult): Cell[][] {
  const { computation } = result;
  return result.areas.map((area, row) => [
    area.key,
    area.name,
    ...result.indicators.flatMap((_, column) => {
      const shown = result.hidden[column]![row] === 0;
      const value = result.computation.indicators[column]!;
      const raw = result.input.indicators[column]!.values[row]!;
      return [shown ? raw : null, shown ? rounded(value.z[row]!) : null];
    }),
    rounded(computation.index[row]!),
    computation.rank[row]! || null,
    computation.classes[row]! || null,
    rowNote(result, row),
  ]);
}

const csvField = (cell: Cell) => {
  const text = cell === null ? "" : String(cell);
  return /[",\n\r;]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Comma-separated, header row, UTF-8 without byte order mark, lines ending in CRLF (RFC 4180). */
export const toCsv = (header: string[], rows: Cell[][]) => [header, ...rows].map((line) => line.map(csvField).join(",")).join("\r\n") + "\r\n";

export const analysisCsv = (result: AnalysisResult) => toCsv(exportColumns(result), exportRows(result));

/** A GeoJSON FeatureCollection: each area with its display geometry (null while it has none) and the export's columns as properties. */
export function analysisGeoJson(result: AnalysisResult, geometries: unknown[]): string {
  const columns = exportColumns(result);
  const rows = exportRows(result);
  const features = result.areas.map((_, row) => ({
    type: "Feature",
    geometry: geometries[row] ?? null,
    properties: Object.fromEntries(columns.map((column, index) => [column, rows[row]![index]])),
  }));
  return JSON.stringify({ type: "FeatureCollection", features });
}
