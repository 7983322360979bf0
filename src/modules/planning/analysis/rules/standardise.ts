import type { Polarity, Standardisation } from "../../reference.ts";

/**
 * Standardisation of one indicator over the included areas. Values are typed arrays with NaN where
 * an area has no usable value (not delivered, hidden by the protection rule, or the area is not
 * included); such an entry stays NaN and counts for no statistic.
 */

/** What the receipt shows of an indicator: over how many areas, their mean, population standard deviation, minimum and maximum. */
export interface IndicatorStats {
  count: number;
  mean: number;
  sd: number;
  min: number;
  max: number;
}

/** Mean, population standard deviation (divided by n, not n − 1), minimum and maximum of the entries that are not NaN. */
export function statsOf(values: Float64Array): IndicatorStats {
  let count = 0;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let row = 0; row < values.length; row++) {
    const value = values[row]!;
    if (value !== value) continue;
    count++;
    sum += value;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (count === 0) return { count, mean: Number.NaN, sd: Number.NaN, min: Number.NaN, max: Number.NaN };
  const mean = sum / count;
  let squares = 0;
  for (let row = 0; row < values.length; row++) {
    const value = values[row]!;
    if (value === value) squares += (value - mean) * (value - mean);
  }
  return { count, mean, sd: Math.sqrt(squares / count), min, max };
}

/** +1 when a higher value means more need, −1 when it means less: after it, higher always means more need. */
export const polaritySign = (polarity: Polarity) => (polarity === "less" ? -1 : 1);

/** z-scores, polarity applied. Where all values are equal (sd 0) every area gets 0: the indicator tells the areas apart in nothing. */
export function zScores(values: Float64Array, stats: IndicatorStats, sign: number): Float64Array {
  const result = new Float64Array(values.length);
  for (let row = 0; row < values.length; row++) {
    const value = values[row]!;
    result[row] = value !== value ? Number.NaN : stats.sd === 0 ? 0 : (sign * (value - stats.mean)) / stats.sd;
  }
  return result;
}

/** Min–max scaling to 0..1, polarity applied (1 = the most need); all values equal gives 0. */
export function minMax(values: Float64Array, stats: IndicatorStats, sign: number): Float64Array {
  const result = new Float64Array(values.length);
  const range = stats.max - stats.min;
  for (let row = 0; row < values.length; row++) {
    const value = values[row]!;
    if (value !== value) result[row] = Number.NaN;
    else if (range === 0) result[row] = 0;
    else result[row] = sign > 0 ? (value - stats.min) / range : (stats.max - value) / range;
  }
  return result;
}

/** The rows of the entries that are not NaN, sorted by `key` ascending (ties by row, so the order is deterministic). */
export function sortedRows(values: Float64Array, key: (value: number) => number = (value) => value): Int32Array {
  let count = 0;
  for (let row = 0; row < values.length; row++) if (values[row] === values[row]) count++;
  const rows = new Int32Array(count);
  const keys = new Float64Array(values.length);
  let next = 0;
  for (let row = 0; row < values.length; row++) {
    if (values[row] !== values[row]) continue;
    rows[next++] = row;
    keys[row] = key(values[row]!);
  }
  return rows.sort((first, second) => keys[first]! - keys[second]! || first - second);
}

/** Ranks 1..n of the polarity-adjusted values (n = the most need); tied values share the average of their ranks. */
export function ranks(values: Float64Array, sign: number): Float64Array {
  const result = new Float64Array(values.length).fill(Number.NaN);
  const rows = sortedRows(values, (value) => sign * value);
  let start = 0;
  while (start < rows.length) {
    let end = start;
    const value = values[rows[start]!]!;
    while (end + 1 < rows.length && values[rows[end + 1]!] === value) end++;
    const average = (start + end) / 2 + 1;
    for (let place = start; place <= end; place++) result[rows[place]!] = average;
    start = end + 1;
  }
  return result;
}

/** The standardised values of the chosen method; z-scores are also the receipt's. */
export function standardise(method: Standardisation, values: Float64Array, stats: IndicatorStats, sign: number, scores: Float64Array): Float64Array {
  if (method === "z") return scores;
  if (method === "minmax") return minMax(values, stats, sign);
  return ranks(values, sign);
}
