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

function primaryCell(series: Series, position: number, rule: ProtectionRule): ProtectedCell {
  const mark = series.marks[position] ?? valueMarks.missing;
  const value = series.values[position] ?? Number.NaN;
  if (mark === valueMarks.missing || (mark === valueMarks.value && Number.isNaN(value))) return { value: null, hidden: "missing", nothing: false };
  if (mark === valueMarks.nothing) return { value: 0, hidden: null, nothing: true };
  if (mark !== valueMarks.value) return { value: null, hidden: "source", nothing: false };
  const given = series.cases[position] ?? -1;
  const cases = given >= 0 ? given : rule.additive ? value : null;
  if (cases !== null && cases < rule.minCases) return { value: null, hidden: "cases", nothing: false };
  return { value, hidden: null, nothing: false };
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

/** Areas whose population is below the minimum (or unknown) stay out of the index. */
export function belowMinimumPopulation(population: number | null, minimum: number = protectionDefaults.minPopulation): boolean {
  return population === null || population < minimum;
}
