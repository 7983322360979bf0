import { test } from "node:test";
import assert from "node:assert/strict";
import { classBreaks, classOf, jenksBreaks } from "./classes.ts";

const NaN_ = Number.NaN;
const close = (actual: number, expected: number) => assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

test("quantiles: the last value of each equal share; equal values share a class", () => {
  const values = Float64Array.from([5, 1, 3, 2, 4, 6, NaN_]);
  assert.deepEqual(classBreaks("quantile", values, 3), [2, 4]);
  assert.deepEqual(
    [...values].map((v) => classOf(v, [2, 4])),
    [3, 1, 2, 1, 2, 3, 0],
  );
  assert.equal(classOf(2, [2, 2]), 1, "a value on a threshold belongs to the lower class");
});

test("equal intervals cut the range from minimum to maximum into equal parts", () => {
  assert.deepEqual(classBreaks("equal", Float64Array.from([0, 10, 3, 7]), 5), [2, 4, 6, 8]);
});

test("standard deviations: thresholds at the mean ± the documented steps", () => {
  // 2, 4, 6, 8, 10: mean 6, population sd √8.
  const values = Float64Array.from([2, 4, 6, 8, 10]);
  const sd = Math.sqrt(8);
  classBreaks("sd", values, 3).forEach((limit, k) => close(limit, 6 + [-1, 1][k]! * sd));
  classBreaks("sd", values, 5).forEach((limit, k) => close(limit, 6 + [-1, -0.5, 0.5, 1][k]! * sd));
});

test("natural breaks find the obvious groups", () => {
  assert.deepEqual(jenksBreaks(Float64Array.from([1, 2, 3, 10, 11, 12, 20, 21, 22]), 3), [3, 12]);
  assert.deepEqual(classBreaks("jenks", Float64Array.from([22, 1, 11, 2, 20, 3, 10, 12, 21]), 3), [3, 12]);
  assert.deepEqual(jenksBreaks(Float64Array.from([1, 1, 2]), 4), [1, 2, 2], "fewer values than classes: the upper classes stay empty");
});

/** The sum of squared deviations within the classes that these breaks make. */
function withinSquares(sorted: number[], breaks: number[]): number {
  const groups = new Map<number, number[]>();
  for (const value of sorted) groups.set(classOf(value, breaks), [...(groups.get(classOf(value, breaks)) ?? []), value]);
  let total = 0;
  for (const group of groups.values()) {
    const mean = group.reduce((s, v) => s + v, 0) / group.length;
    total += group.reduce((s, v) => s + (v - mean) ** 2, 0);
  }
  return total;
}

test("natural breaks are optimal: no other split into four classes has smaller squared deviations", () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 100;
  const sorted = Array.from({ length: 14 }, random).sort((a, b) => a - b);
  const best = withinSquares(sorted, jenksBreaks(Float64Array.from(sorted), 4));
  for (let first = 0; first < sorted.length; first++)
    for (let second = first + 1; second < sorted.length; second++)
      for (let third = second + 1; third < sorted.length - 1; third++)
        assert.ok(best <= withinSquares(sorted, [sorted[first]!, sorted[second]!, sorted[third]!]) + 1e-9);
});
