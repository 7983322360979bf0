import { emptySeries, type Series } from "../../rules/series.ts";
import { mappedColumns, type Mapping, type Source, type ValueColumn } from "./mapping.ts";
import { numberStyle, readCases, readNumber, type NumberStyle } from "./numbers.ts";
import type { Cell, Table } from "./table.ts";

/** What the import checks the file against: the current cut's areas, keys of older cuts, the indicators. */
export interface ImportContext {
  /** Area key → position in the current cut's series. */
  areas: Map<string, number>;
  length: number;
  /** Keys that exist only in an older cut. */
  oldKeys: Set<string>;
  /** Indicator key → id (starter catalogue and the municipality's own). */
  indicators: Map<string, number>;
}

export interface Problem {
  line: number;
  column: string;
  message: string;
}

/** The validation report: every problem (the first `maxProblems` kept), and what would be or was saved. */
export interface Report {
  problems: Problem[];
  problemCount: number;
  counts: { indicator: string; period: string; values: number }[];
  ignored: string[];
  total: number;
}

/** One indicator and period of the file: the values by area position, and the line each came from (0: none). */
export interface Collected {
  indicatorId: number;
  indicator: string;
  period: string;
  series: Series;
  lines: Int32Array;
  count: number;
}

export const maxProblems = 500;
const progressStep = 5000;

/** The keys of the current cut without their leading zeros, to say "meinten Sie 0101?" for "101". */
function withoutZeros(areas: Map<string, number>): Map<string, string> {
  const stripped = new Map<string, string>();
  for (const key of areas.keys()) stripped.set(key.replace(/^0+(?=.)/, ""), key);
  return stripped;
}

const text = (cell: Cell | undefined) => (cell === undefined ? "" : String(cell).trim());

/** The number of values the file holds under this mapping (rows × value columns), known before reading them. */
export const valueCount = (table: Table, mapping: Mapping) => table.size * mapping.values.length;

interface Reader {
  index: (name: string) => number;
  source: (source: Source, row: Cell[]) => string;
}

function columnReader(table: Table): Reader {
  const positions = new Map<string, number>();
  table.header.forEach((name, index) => positions.has(name) || positions.set(name, index));
  const index = (name: string) => positions.get(name) ?? -1;
  return { index, source: (source, row) => ("fixed" in source ? source.fixed.trim() : text(row[index(source.column)])) };
}

/** The message for an area key the current cut does not have. */
function unknownArea(key: string, context: ImportContext, stripped: Map<string, string>): string {
  if (key === "") return "Der Gebietsschlüssel fehlt.";
  if (context.oldKeys.has(key))
    return `Das Gebiet „${key}“ gehört zu einem früheren Gebietsstand, nicht zum aktuellen. Werte werden nur für den aktuellen Gebietsstand eingelesen.`;
  const meant = stripped.get(key.replace(/^0+(?=.)/, ""));
  return meant
    ? `Den Gebietsschlüssel „${key}“ gibt es nicht – meinten Sie ${meant}? Führende Nullen zählen.`
    : `Den Gebietsschlüssel „${key}“ gibt es im aktuellen Gebietsstand nicht.`;
}

/** The mapping's columns missing from the file, as problems in the header line. */
function missingColumns(table: Table, mapping: Mapping): Problem[] {
  return mappedColumns(mapping)
    .filter((name) => !table.header.includes(name))
    .map((name) => ({ line: 1, column: name, message: `Die Spalte „${name}“ fehlt in der Datei.` }));
}

/** The number style of the value and case columns (rules/numbers.ts). */
function styleOf(table: Table, mapping: Mapping, reader: Reader): NumberStyle {
  const columns = [...mapping.values.map((value) => reader.index(value.column)), ...(mapping.cases ? [reader.index(mapping.cases)] : [])];
  function* cells() {
    for (let index = 0; index < table.size; index++) {
      const row = table.row(index);
      for (const column of columns) yield row[column] ?? "";
    }
  }
  return numberStyle(cells());
}

type AddProblem = (line: number, column: string, message: string) => void;

/** A checking pass over the rows: its state and what it found. */
interface Pass {
  table: Table;
  mapping: Mapping;
  context: ImportContext;
  reader: Reader;
  style: NumberStyle;
  stripped: Map<string, string>;
  /** Indicator id → period → series. */
  groups: Map<number, Map<string, Collected>>;
  addProblem: AddProblem;
}

/** The series a value belongs to, made on first use; null (with a problem) when indicator or period is missing or unknown. */
function groupFor(pass: Pass, source: ValueColumn, cells: Cell[], line: number): Collected | null {
  const indicator = pass.reader.source(source.indicator, cells);
  const period = pass.reader.source(source.period, cells);
  const indicatorColumn = "column" in source.indicator ? source.indicator.column : source.column;
  const indicatorId = pass.context.indicators.get(indicator);
  if (indicatorId === undefined) {
    pass.addProblem(line, indicatorColumn, indicator === "" ? "Der Indikatorschlüssel fehlt." : `Den Indikator „${indicator}“ gibt es im Katalog nicht.`);
  }
  if (period === "") pass.addProblem(line, "column" in source.period ? source.period.column : source.column, "Der Zeitraum fehlt.");
  if (indicatorId === undefined || period === "") return null;
  let periods = pass.groups.get(indicatorId);
  if (!periods) pass.groups.set(indicatorId, (periods = new Map()));
  let group = periods.get(period);
  if (!group) {
    group = { indicatorId, indicator, period, series: emptySeries(pass.context.length), lines: new Int32Array(pass.context.length), count: 0 };
    periods.set(period, group);
  }
  return group;
}

/** Checks one row and puts its values into their series. */
function readRow(pass: Pass, row: number): void {
  const { mapping, context, reader, style, addProblem } = pass;
  const cells = pass.table.row(row);
  const line = pass.table.line(row);
  const key = text(cells[reader.index(mapping.area)]);
  const position = context.areas.get(key);
  if (position === undefined) addProblem(line, mapping.area, unknownArea(key, context, pass.stripped));
  let cases = -1;
  if (mapping.cases) {
    const read = readCases(cells[reader.index(mapping.cases)] ?? "", style);
    if ("error" in read) addProblem(line, mapping.cases, read.error);
    else cases = read.cases;
  }
  for (const source of mapping.values) {
    const group = groupFor(pass, source, cells, line);
    const read = readNumber(cells[reader.index(source.column)] ?? "", style);
    if ("error" in read) addProblem(line, source.column, read.error);
    if (!group || position === undefined || "error" in read) continue;
    const earlier = group.lines[position]!;
    if (earlier > 0) {
      addProblem(
        line,
        source.column,
        `Doppelte Zeile: Für Gebiet ${key}, Zeitraum ${group.period} und Indikator „${group.indicator}“ steht schon in Zeile ${earlier} ein Wert.`,
      );
      continue;
    }
    group.lines[position] = line;
    group.series.values[position] = read.value;
    group.series.marks[position] = read.mark;
    group.series.cases[position] = cases;
    group.count++;
  }
}

/**
 * Checks every value of the file and groups them by indicator and period into series of the
 * current cut, in memory. Pure but async: it yields to the event loop every few thousand values
 * (onProgress), so a long import does not stop the server from answering.
 */
export async function collectValues(
  table: Table,
  mapping: Mapping,
  context: ImportContext,
  onProgress: (done: number) => Promise<void> | void = () => {},
): Promise<{ report: Report; collected: Collected[] }> {
  const problems = missingColumns(table, mapping);
  let problemCount = problems.length;
  const ignored = table.header.filter((name) => name !== "" && !mappedColumns(mapping).includes(name));
  const total = valueCount(table, mapping);
  if (problemCount > 0) return { report: { problems, problemCount, counts: [], ignored, total }, collected: [] };
  const addProblem: AddProblem = (line, column, message) => {
    problemCount++;
    if (problems.length < maxProblems) problems.push({ line, column, message });
  };
  const reader = columnReader(table);
  const pass: Pass = {
    table,
    mapping,
    context,
    reader,
    style: styleOf(table, mapping, reader),
    stripped: withoutZeros(context.areas),
    groups: new Map(),
    addProblem,
  };
  const rowsPerStep = Math.max(1, Math.floor(progressStep / Math.max(1, mapping.values.length)));
  for (let row = 0; row < table.size; row++) {
    readRow(pass, row);
    if ((row + 1) % rowsPerStep === 0) await onProgress((row + 1) * mapping.values.length);
  }
  await onProgress(total);
  const collected = [...pass.groups.values()].flatMap((periods) => [...periods.values()]);
  const counts = collected.map((group) => ({ indicator: group.indicator, period: group.period, values: group.count }));
  counts.sort((a, b) => a.indicator.localeCompare(b.indicator) || a.period.localeCompare(b.period));
  return { report: { problems, problemCount, counts, ignored, total }, collected };
}
