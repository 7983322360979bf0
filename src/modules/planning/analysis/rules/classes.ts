import type { Classification } from "../../reference.ts";
import { sortedRows, statsOf } from "./standardise.ts";

/**
 * Classes of the index. The thresholds are upper bounds: a value belongs to the first class whose
 * threshold it does not exceed, so equal values always share a class. Class 1 holds the least need,
 * the highest class the most.
 */

export const minClasses = 3;
export const maxClasses = 7;

/** The thresholds of "standard deviations from the mean", in standard deviations, per number of classes. */
export const sdSteps: Record<number, number[]> = {
  3: [-1, 1],
  4: [-1, 0, 1],
  5: [-1, -0.5, 0.5, 1],
  6: [-1, -0.5, 0, 0.5, 1],
  7: [-1.5, -1, -0.5, 0.5, 1, 1.5],
};

/** The class (1..count) of a value; 0 for no value. */
export function classOf(value: number, breaks: number[]): number {
  if (value !== value) return 0;
  let rank = 1;
  for (const limit of breaks) if (value > limit) rank++;
  return rank;
}

function sortedValues(values: Float64Array): Float64Array {
  const rows = sortedRows(values);
  const sorted = new Float64Array(rows.length);
  for (let place = 0; place < rows.length; place++) sorted[place] = values[rows[place]!]!;
  return sorted;
}

/** Quantiles: the last value of each k-th share of the sorted values. */
function quantileBreaks(sorted: Float64Array, count: number): number[] {
  const breaks: number[] = [];
  for (let share = 1; share < count; share++) breaks.push(sorted[Math.max(0, Math.ceil((share * sorted.length) / count) - 1)]!);
  return breaks;
}

function equalBreaks(sorted: Float64Array, count: number): number[] {
  const [min, max] = [sorted[0]!, sorted[sorted.length - 1]!];
  return Array.from({ length: count - 1 }, (_, step) => min + ((step + 1) * (max - min)) / count);
}

function sdBreaks(values: Float64Array, count: number): number[] {
  const stats = statsOf(values);
  return sdSteps[count]!.map((step) => stats.mean + step * stats.sd);
}

/**
 * Natural breaks (Jenks): the classes that make the sum of squared deviations from each class's
 * mean smallest, found exactly by Fisher's dynamic programme over the sorted values. The best first
 * index of the last class never moves left as the end moves right, so each row of the programme is
 * filled by divide and conquer (as Ckmeans.1d.dp does): O(classes · n · log n), deterministic.
 */
export function jenksBreaks(sorted: Float64Array, count: number): number[] {
  const size = sorted.length;
  let distinct = size > 0 ? 1 : 0;
  for (let place = 1; place < size; place++) if (sorted[place] !== sorted[place - 1]) distinct++;
  const classes = Math.min(count, distinct);
  const sums = new Float64Array(size + 1);
  const squares = new Float64Array(size + 1);
  for (let place = 0; place < size; place++) {
    sums[place + 1] = sums[place]! + sorted[place]!;
    squares[place + 1] = squares[place]! + sorted[place]! * sorted[place]!;
  }
  // Squared deviations of sorted[from..to] (inclusive) from their mean.
  const cost = (from: number, to: number) => {
    const sum = sums[to + 1]! - sums[from]!;
    return squares[to + 1]! - squares[from]! - (sum * sum) / (to - from + 1);
  };
  let previous = new Float64Array(size);
  for (let end = 0; end < size; end++) previous[end] = cost(0, end);
  const starts: Int32Array[] = [];
  for (let split = 1; split < classes; split++) {
    const current = new Float64Array(size).fill(Infinity);
    const start = new Int32Array(size);
    const fill = (low: number, high: number, optLow: number, optHigh: number) => {
      if (low > high) return;
      const middle = (low + high) >> 1;
      let best = Infinity;
      let bestStart = Math.max(optLow, split);
      for (let from = Math.max(optLow, split); from <= Math.min(optHigh, middle); from++) {
        const total = previous[from - 1]! + cost(from, middle);
        if (total < best) [best, bestStart] = [total, from];
      }
      current[middle] = best;
      start[middle] = bestStart;
      fill(low, middle - 1, optLow, bestStart);
      fill(middle + 1, high, bestStart, optHigh);
    };
    fill(split, size - 1, split, size - 1);
    starts.push(start);
    previous = current;
  }
  const breaks: number[] = [];
  let end = size - 1;
  for (let split = classes - 1; split >= 1; split--) {
    const from = starts[split - 1]![end]!;
    breaks.unshift(sorted[from - 1]!);
    end = from - 1;
  }
  // Fewer distinct values than classes: the classes above stay empty.
  while (breaks.length < count - 1) breaks.push(sorted[size - 1]!);
  return breaks;
}

/** The count − 1 thresholds of the chosen classification over the values that are not NaN; none when there is no value. */
export function classBreaks(method: Classification, values: Float64Array, count: number): number[] {
  const sorted = sortedValues(values);
  if (sorted.length === 0) return [];
  if (method === "quantile") return quantileBreaks(sorted, count);
  if (method === "equal") return equalBreaks(sorted, count);
  if (method === "sd") return sdBreaks(values, count);
  return jenksBreaks(sorted, count);
}
