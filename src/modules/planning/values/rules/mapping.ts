import type { Cell } from "./table.ts";

/** Where a row's period or indicator comes from: a column of the file, or one value for the whole file. */
export type Source = { column: string } | { fixed: string };

/** One column of values and where each value's indicator and period come from. */
export interface ValueColumn {
  column: string;
  indicator: Source;
  period: Source;
}

/**
 * How the columns of a file become values (saved per source in planning_mappings). A long table
 * has one value column with indicator and period columns; a wide table one value column per
 * indicator (period from a column or fixed) or per period (indicator from a column or fixed).
 */
export interface Mapping {
  sheet?: string;
  area: string;
  cases?: string;
  values: ValueColumn[];
}

/** A header as compared: lower case, umlauts spelt out, without spaces and signs. */
export function normaliseHeader(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replaceAll("ä", "ae")
    .replaceAll("ö", "oe")
    .replaceAll("ü", "ue")
    .replaceAll("ß", "ss")
    .replace(/[^a-z0-9]/g, "");
}

const longNames = {
  area: ["gebiet", "gebietsschluessel", "planungsraum"],
  period: ["zeitraum", "periode", "jahr"],
  indicator: ["indikator", "indikatorschluessel"],
  value: ["wert"],
  cases: ["fallzahl", "fallzahlen", "faelle"],
} as const;

const findColumn = (header: string[], names: readonly string[]) => header.find((name) => (names as readonly string[]).includes(normaliseHeader(name)));

/**
 * The long table that needs no mapping: Gebiet;Zeitraum;Indikator;Wert[;Fallzahl] (any case,
 * umlauts and spaces tolerated). Without a Zeitraum column a fixed period (`--period`, the
 * form) takes its place. The other columns are returned as ignored. Null when it is not one.
 */
export function longTableMapping(header: string[], fixedPeriod?: string): { mapping: Mapping; ignored: string[] } | null {
  const area = findColumn(header, longNames.area);
  const period = findColumn(header, longNames.period);
  const indicator = findColumn(header, longNames.indicator);
  const value = findColumn(header, longNames.value);
  const cases = findColumn(header, longNames.cases);
  if (!area || !indicator || !value || (!period && !fixedPeriod)) return null;
  const used = [area, period, indicator, value, cases].filter(Boolean);
  const mapping: Mapping = {
    area,
    ...(cases ? { cases } : {}),
    values: [{ column: value, indicator: { column: indicator }, period: period ? { column: period } : { fixed: fixedPeriod! } }],
  };
  return { mapping, ignored: header.filter((name) => name !== "" && !used.includes(name)) };
}

/** The columns a mapping reads; the others of the header are reported as ignored. */
export function mappedColumns(mapping: Mapping): string[] {
  const columns = [mapping.area, ...(mapping.cases ? [mapping.cases] : [])];
  for (const value of mapping.values) {
    columns.push(value.column);
    if ("column" in value.indicator) columns.push(value.indicator.column);
    if ("column" in value.period) columns.push(value.period.column);
  }
  return [...new Set(columns)];
}

/** Regional characteristics of GENESIS tables (Gemeinden, Kreise, Länder …): their codes hold the area key. */
const regionalCodes = new Set(["GEMEINDE", "GEMEIN", "KREISE", "DLAND", "DINSG", "REGBEZ", "GEMVB", "STAG"]);

/** What the mapping step proposes for a GENESIS flat file; empty when the header is not one. */
export interface Suggestion {
  area?: string;
  period?: string;
  indicator?: string;
  /** Columns that hold values (one per statistic in the older flat file, "value" in the newer). */
  valueColumns: string[];
}

/** The number N of the first "N_<name>" characteristic whose code (first data row) is regional; 1 when none is. */
function regionalNumber(header: string[], firstRow: Cell[] | undefined, codeColumn: (n: string) => string): string {
  const numbers = header.map((name) => /^(\d+)_/.exec(name)?.[1]).filter((n): n is string => !!n);
  for (const number of new Set(numbers)) {
    const index = header.indexOf(codeColumn(number));
    if (index >= 0 && regionalCodes.has(String(firstRow?.[index] ?? "").trim())) return number;
  }
  return numbers[0] ?? "1";
}

/**
 * GENESIS-Online and the Regionaldatenbank write "flat files" in two layouts: the older one with
 * `Zeit`, `N_Merkmal_Code`, `N_Auspraegung_Code`/`_Label` and one column per statistic named
 * `CODE__Label__Einheit` (with `__q` quality columns), the newer one with `time`, `value`,
 * `value_variable_code` and `N_variable_code`, `N_variable_attribute_code`.
 */
export function genesisSuggestion(header: string[], firstRow?: Cell[]): Suggestion | null {
  if (header.includes("Zeit") && header.some((name) => /^\d+_Auspraegung_Code$/.test(name))) {
    const number = regionalNumber(header, firstRow, (n) => `${n}_Merkmal_Code`);
    const valueColumns = header.filter((name) => /^[A-Z0-9]+__.+/.test(name) && !name.endsWith("__q"));
    return { area: `${number}_Auspraegung_Code`, period: "Zeit", valueColumns };
  }
  if (header.includes("time") && header.includes("value") && header.some((name) => /^\d+_variable_attribute_code$/.test(name))) {
    const number = regionalNumber(header, firstRow, (n) => `${n}_variable_code`);
    return { area: `${number}_variable_attribute_code`, period: "time", indicator: "value_variable_code", valueColumns: ["value"] };
  }
  return null;
}
