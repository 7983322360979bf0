import type { Polarity } from "../../reference.ts";
import type { HiddenReason, ProtectedCell } from "../../rules/protection.ts";

/** One indicator of an area's profile, from protected cells only. */
export interface ProfileRow {
  key: string;
  name: string;
  unit: string;
  polarity: Polarity;
  /** The municipality's spread over its visible values; null when no area has one. */
  spread: { min: number; max: number; mean: number } | null;
  value: number | null;
  hidden: HiddenReason | null;
  /** The change since the previous period, when both values are visible. */
  change: number | null;
}

export interface ProfileIndicator {
  key: string;
  name: string;
  unit: string;
  polarity: string;
  current: ProtectedCell[];
  previous: ProtectedCell[] | null;
}

const visibleValue = (cell: ProtectedCell | undefined) => (cell && cell.hidden === null && cell.value !== null ? cell.value : null);

function spreadOf(cells: ProtectedCell[]) {
  const values = cells.flatMap((cell) => {
    const value = visibleValue(cell);
    return value === null ? [] : [value];
  });
  if (values.length === 0) return null;
  return { min: Math.min(...values), max: Math.max(...values), mean: values.reduce((sum, v) => sum + v, 0) / values.length };
}

/**
 * An area's profile: per indicator the area's visible value, the spread of the municipality's
 * visible values (mean of the areas, unweighted) and the change since the previous period.
 */
export function profileRows(indicators: ProfileIndicator[], position: number): ProfileRow[] {
  return indicators.map((indicator) => {
    const cell = indicator.current[position];
    const value = visibleValue(cell);
    const before = indicator.previous ? visibleValue(indicator.previous[position]) : null;
    return {
      key: indicator.key,
      name: indicator.name,
      unit: indicator.unit,
      polarity: indicator.polarity === "less" ? "less" : "more",
      spread: spreadOf(indicator.current),
      value,
      hidden: cell?.hidden ?? "missing",
      change: value !== null && before !== null ? value - before : null,
    };
  });
}
