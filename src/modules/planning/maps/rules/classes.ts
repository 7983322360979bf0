import type { Classification } from "../../reference.ts";
import type { ProtectedCell } from "../../rules/protection.ts";
import { classBreaks, classOf } from "../../analysis/rules/classes.ts";

export interface MapClasses {
  /** Upper bounds of every class but the last (a value equal to a bound belongs to the lower class). */
  limits: number[];
  /** Per area: its class from 0, or null when it has no visible value. */
  classOf: (number | null)[];
  classes: { label: string }[];
}

/**
 * Cuts the visible values of a protected series into classes by the analysis's own rule (the same
 * thresholds for an indicator map as for the index) and names them ("über 3,2 bis 5,0"). Only
 * visible values count, so neither the limits nor the labels can give a protected value away.
 */
export function classesOf(cells: ProtectedCell[], method: Classification, count: number, format: (value: number) => string): MapClasses {
  const visible = Float64Array.from(cells.flatMap((cell) => (cell.hidden === null && cell.value !== null ? [cell.value] : [])));
  if (visible.length === 0) return { limits: [], classOf: cells.map(() => null), classes: [] };
  const [min, max] = [Math.min(...visible), Math.max(...visible)];
  const inside = classBreaks(method, visible, count).filter((limit) => limit >= min && limit < max);
  const limits = inside.filter((limit, index) => index === 0 || limit > inside[index - 1]!);
  const bounds = [min, ...limits, max];
  const classes = bounds.slice(0, -1).map((from, index) => ({ label: `${index === 0 ? "" : "über "}${format(from)} bis ${format(bounds[index + 1]!)}` }));
  return {
    limits,
    classOf: cells.map((cell) => (cell.hidden === null && cell.value !== null ? classOf(cell.value, limits) - 1 : null)),
    classes,
  };
}
