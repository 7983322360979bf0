import type { Classification } from "../../reference.ts";
import type { ProtectedCell } from "../../rules/protection.ts";
import { breaks, classOf } from "./breaks.ts";

export interface MapClasses {
  limits: number[];
  /** Per area: its class, or null when it has no visible value. */
  classOf: (number | null)[];
  classes: { label: string }[];
}

/**
 * Cuts the visible values of a protected series into classes and names them ("3,2 bis unter 5,0").
 * Only visible values count, so neither the limits nor the labels can give a protected value away.
 */
export function classesOf(cells: ProtectedCell[], method: Classification, count: number, format: (value: number) => string): MapClasses {
  const visible = cells.flatMap((cell) => (cell.hidden === null && cell.value !== null ? [cell.value] : []));
  if (visible.length === 0) return { limits: [], classOf: cells.map(() => null), classes: [] };
  const min = Math.min(...visible);
  const max = Math.max(...visible);
  const limits = breaks(visible, method, count).filter((limit) => limit > min && limit <= max);
  const unique = limits.filter((limit, index) => index === 0 || limit > limits[index - 1]!);
  const bounds = [min, ...unique, max];
  const classes = bounds.slice(0, -1).map((from, index) => {
    const last = index === bounds.length - 2;
    return { label: `${format(from)} bis ${last ? "" : "unter "}${format(bounds[index + 1]!)}` };
  });
  return {
    limits: unique,
    classOf: cells.map((cell) => (cell.hidden === null && cell.value !== null ? classOf(cell.value, unique) : null)),
    classes,
  };
}
