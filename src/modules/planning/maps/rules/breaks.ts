import type { Classification } from "../../reference.ts";

/**
 * Class thresholds for a map of one indicator: `count - 1` ascending inner limits over the visible
 * values (a value equal to a limit belongs to the upper class). Own code for now; the analysis
 * feature's classes replace it once they land, so index and indicator maps cut alike.
 */
export function breaks(values: number[], method: Classification, count: number): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0 || count < 2) return [];
  const limits =
    method === "quantile"
      ? quantileLimits(sorted, count)
      : method === "equal"
        ? equalLimits(sorted, count)
        : method === "sd"
          ? deviationLimits(sorted, count)
          : naturalLimits(sorted, count);
  return limits;
}

/** Type 7 quantiles (as R and d3 use them) at 1/count, 2/count, … */
function quantileLimits(sorted: number[], count: number): number[] {
  return Array.from({ length: count - 1 }, (_, index) => {
    const at = ((index + 1) / count) * (sorted.length - 1);
    const below = Math.floor(at);
    const above = Math.min(below + 1, sorted.length - 1);
    return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
  });
}

function equalLimits(sorted: number[], count: number): number[] {
  const min = sorted[0]!;
  const width = (sorted[sorted.length - 1]! - min) / count;
  return Array.from({ length: count - 1 }, (_, index) => min + width * (index + 1));
}

/** Limits one standard deviation (population) apart, centred on the mean: for 4 classes mean − 1 sd, mean, mean + 1 sd. */
function deviationLimits(sorted: number[], count: number): number[] {
  const mean = sorted.reduce((sum, v) => sum + v, 0) / sorted.length;
  const sd = Math.sqrt(sorted.reduce((sum, v) => sum + (v - mean) ** 2, 0) / sorted.length);
  return Array.from({ length: count - 1 }, (_, index) => mean + (index + 1 - count / 2) * sd);
}

/** Fisher–Jenks natural breaks: the split into `count` runs of sorted values with the least squared deviation within runs. */
function naturalLimits(sorted: number[], count: number): number[] {
  const size = sorted.length;
  const classes = Math.min(count, size);
  const prefix = [0];
  const prefixSquares = [0];
  for (const value of sorted) {
    prefix.push(prefix[prefix.length - 1]! + value);
    prefixSquares.push(prefixSquares[prefixSquares.length - 1]! + value * value);
  }
  // The squared deviation of sorted[from..to] (inclusive) from its mean.
  const cost = (from: number, to: number) => {
    const length = to - from + 1;
    const sum = prefix[to + 1]! - prefix[from]!;
    return prefixSquares[to + 1]! - prefixSquares[from]! - (sum * sum) / length;
  };
  const best = Array.from({ length: classes }, () => new Float64Array(size).fill(Number.POSITIVE_INFINITY));
  const start = Array.from({ length: classes }, () => new Int32Array(size));
  for (let end = 0; end < size; end++) best[0]![end] = cost(0, end);
  for (let group = 1; group < classes; group++) {
    for (let end = group; end < size; end++) {
      for (let first = group; first <= end; first++) {
        const total = best[group - 1]![first - 1]! + cost(first, end);
        if (total < best[group]![end]!) {
          best[group]![end] = total;
          start[group]![end] = first;
        }
      }
    }
  }
  const limits: number[] = [];
  let end = size - 1;
  for (let group = classes - 1; group > 0; group--) {
    const first = start[group]![end]!;
    limits.unshift(sorted[first]!);
    end = first - 1;
  }
  return limits;
}

/** The class of a value: the number of limits at or below it. */
export function classOf(value: number, limits: number[]): number {
  let index = 0;
  while (index < limits.length && value >= limits[index]!) index++;
  return index;
}
