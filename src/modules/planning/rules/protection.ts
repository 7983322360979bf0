import { protectionDefaults, valueMarks } from "../reference.ts";
import type { Series } from "./series.ts";

/** Why a cell shows no number. */
export type HiddenReason = "missing" | "source" | "cases" | "secondary";

export const hiddenLabels: Record<HiddenReason, string> = {
  missing: "kein Wert geliefert",
  source: "von der Quelle nicht ausgewiesen",
  cases: "zu wenige Fälle: zum Schutz der Betroffenen nicht ausgewiesen",
  secondary: "nicht ausgewiesen, damit sich ein geschützter Wert nicht aus der Summe errechnen lässt",
};

/** The sign a table shows for a protected value; the note beside it says why. */
export const protectedSign = "·";

export interface ProtectedCell {
  value: number | null;
  hidden: HiddenReason | null;
  /** The value came as "-" (nothing, exactly zero). */
  nothing: boolean;
}

export interface ProtectedSeries {
  cells: ProtectedCell[];
  /** The sum over all areas, for counts; null when the indicator does not add up or the sum would give a protected value away. */
  total: number | null;
  /** The sum of each group of the rule, in its order, under the same condition. */
  groupTotals: (number | null)[];
}

export interface ProtectionRule {
  /** Values from fewer cases are suppressed; for counts without a case number the count itself is the case number. */
  minCases: number;
  /** A count (unit "Anzahl"): its values add up to the totals shown beside them. */
  additive: boolean;
  /**
   * Groups of positions whose totals are shown (the parent areas); the whole municipality is
   * always one. Secondary suppression keeps every group at zero or at least two hidden cells.
   */
  groups?: number[][];
}

/** The primary rule for one cell: why it is hidden, or null; "-" (nothing) is shown as 0. */
function primaryReason(series: Series, position: number, rule: ProtectionRule): HiddenReason | null {
  const mark = series.marks[position] ?? valueMarks.missing;
  const value = series.values[position] ?? Number.NaN;
  if (mark === valueMarks.missing || (mark === valueMarks.value && Number.isNaN(value))) return "missing";
  if (mark === valueMarks.nothing) return null;
  if (mark !== valueMarks.value) return "source";
  const given = series.cases[position] ?? -1;
  const cases = given >= 0 ? given : rule.additive ? value : null;
  return cases !== null && cases < rule.minCases ? "cases" : null;
}

function primaryCell(series: Series, position: number, rule: ProtectionRule): ProtectedCell {
  const hidden = primaryReason(series, position, rule);
  if (hidden) return { value: null, hidden, nothing: false };
  if (series.marks[position] === valueMarks.nothing) return { value: 0, hidden: null, nothing: true };
  return { value: series.values[position]!, hidden: null, nothing: false };
}

const isProtected = (cell: ProtectedCell) => cell.hidden === "cases" || cell.hidden === "secondary";
const protectedCount = (cells: ProtectedCell[], group: number[]) => group.filter((p) => isProtected(cells[p]!)).length;

/** Hides one more cell in each group that would otherwise have exactly one protected cell beside its total. */
function suppressSecondary(cells: ProtectedCell[], original: number[], groups: number[][]): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const group of groups) {
      if (protectedCount(cells, group) !== 1) continue;
      const candidates = group.filter((p) => cells[p]!.hidden === null);
      if (candidates.length === 0) continue;
      const next = candidates.reduce((best, p) => (original[p]! < original[best]! ? p : best));
      cells[next] = { value: null, hidden: "secondary", nothing: false };
      changed = true;
    }
  }
}

/**
 * Small-number protection (the one rule every map, table, chart and export goes through): hides
 * values from too few cases and the cells a shown total would give away. `length` is the number of
 * positions of the cut.
 */
export function protect(series: Series, length: number, rule: ProtectionRule): ProtectedSeries {
  const positions = Array.from({ length }, (_, p) => p);
  const cells = positions.map((p) => primaryCell(series, p, rule));
  const groups = rule.groups ?? [];
  if (!rule.additive) return { cells, total: null, groupTotals: groups.map(() => null) };
  const original = positions.map((p) => (Number.isNaN(series.values[p] ?? Number.NaN) ? 0 : series.values[p]!));
  suppressSecondary(cells, original, [positions, ...groups]);
  // A group left with one protected cell (nothing else to hide) shows no total: the total would be that cell.
  const totalOf = (group: number[]) => {
    const counted = group.filter((p) => cells[p]!.hidden === null || isProtected(cells[p]!));
    if (counted.length === 0 || protectedCount(cells, group) === 1) return null;
    return counted.reduce((sum, p) => sum + original[p]!, 0);
  };
  return { cells, total: totalOf(positions), groupTotals: groups.map(totalOf) };
}

/** The protected series as typed arrays (for the analysis of thousands of areas): the shown values (NaN where hidden) and the reason per cell (null: shown). */
export interface ProtectedValues {
  values: Float64Array;
  hidden: (HiddenReason | null)[];
}

/**
 * The same rule as `protect`, without an object per cell: a rate (not additive) needs only the
 * primary rule; a count goes through `protect` for its secondary suppression.
 */
export function protectValues(series: Series, length: number, rule: ProtectionRule): ProtectedValues {
  const values = new Float64Array(length).fill(Number.NaN);
  const hidden: (HiddenReason | null)[] = new Array(length).fill(null);
  if (rule.additive) {
    protect(series, length, rule).cells.forEach((cell, position) => (cell.hidden ? (hidden[position] = cell.hidden) : (values[position] = cell.value!)));
    return { values, hidden };
  }
  for (let position = 0; position < length; position++) {
    const reason = primaryReason(series, position, rule);
    if (reason) hidden[position] = reason;
    else values[position] = series.marks[position] === valueMarks.nothing ? 0 : series.values[position]!;
  }
  return { values, hidden };
}

/** Areas whose population is below the minimum (or unknown) stay out of the index. */
export function belowMinimumPopulation(population: number | null, minimum: number = protectionDefaults.minPopulation): boolean {
  return population === null || population < minimum;
}
