import { statsOf } from "./standardise.ts";

/**
 * The second dimension of Berlin's status/dynamics matrix: how an area's index changed against the
 * comparison period. Both indices are standardised within their own period over the same areas, so
 * the change is a change of the area's position among the others. A change within half a standard
 * deviation of all changes (±0.5 sd) counts as steady.
 */

/** 0: no change known; 1: the need falls; 2: steady; 3: the need rises. */
export const trends = { none: 0, falling: 1, steady: 2, rising: 3 } as const;

/** Half a standard deviation of the changes either side of zero counts as steady. */
export const steadyBand = 0.5;

export interface Dynamics {
  /** The index of the comparison period (same areas, same settings); NaN where it has none. */
  previous: Float64Array;
  /** Index now minus index then; NaN where either is missing. */
  change: Float64Array;
  trend: Uint8Array;
  /** Changes within ±threshold are steady. */
  threshold: number;
  /** matrix[class − 1][trend − 1]: how many areas have this status class and this trend. */
  matrix: number[][];
}

export function dynamicsOf(index: Float64Array, previous: Float64Array, classes: Uint8Array, classCount: number): Dynamics {
  const change = new Float64Array(index.length);
  for (let row = 0; row < index.length; row++) change[row] = index[row]! - previous[row]!;
  const stats = statsOf(change);
  const threshold = stats.count === 0 ? 0 : steadyBand * stats.sd;
  const trend = new Uint8Array(index.length);
  const matrix = Array.from({ length: classCount }, () => [0, 0, 0]);
  for (let row = 0; row < index.length; row++) {
    const delta = change[row]!;
    if (delta !== delta) continue;
    trend[row] = delta > threshold ? trends.rising : delta < -threshold ? trends.falling : trends.steady;
    if (classes[row]! > 0) matrix[classes[row]! - 1]![trend[row]! - 1]!++;
  }
  return { previous, change, trend, threshold, matrix };
}
