import { test } from "node:test";
import assert from "node:assert/strict";
import { computeAnalysis, exclusions, rankOf, type AnalysisInput } from "./composite.ts";
import { stabilityOf } from "./stability.ts";
import { dynamicsOf, trends } from "./dynamics.ts";

const NaN_ = Number.NaN;
const close = (actual: number, expected: number, message?: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ""} ${actual} ≠ ${expected}`);

/**
 * Six areas. Area 3 has 200 inhabitants (< 300): out of the index. Indicator A (more need when
 * higher) over the five others: 2, 4, 6, 8, 10. Indicator B (less need when higher): 50, 40, 40, –, 20,
 * area 5 has no value.
 */
function example(weights: number[], standardisation: AnalysisInput["standardisation"] = "z"): AnalysisInput {
  return {
    count: 6,
    indicators: [
      { key: "a", polarity: "more", values: Float64Array.from([2, 4, 6, 100, 8, 10]), previous: null },
      { key: "b", polarity: "less", values: Float64Array.from([50, 40, 40, 10, 20, NaN_]), previous: null },
    ],
    weights,
    population: Float64Array.from([1000, 500, 800, 200, 1200, 900]),
    minPopulation: 300,
    standardisation,
    classification: "quantile",
    classCount: 3,
  };
}

// By hand. A: mean 6, population variance (16 + 4 + 0 + 4 + 16) / 5 = 8.
const sdA = Math.sqrt(8);
const zA = [-4 / sdA, -2 / sdA, 0, NaN_, 2 / sdA, 4 / sdA];
// B: mean (50 + 40 + 40 + 20) / 4 = 37.5; squares 156.25 + 6.25 + 6.25 + 306.25 = 475; variance 475 / 4; polarity "less" negates.
const sdB = Math.sqrt(475 / 4);
const zB = [-12.5 / sdB, -2.5 / sdB, -2.5 / sdB, NaN_, 17.5 / sdB, NaN_];

test("z-scores use the mean and the population standard deviation of the included areas, polarity applied", () => {
  const result = computeAnalysis(example([1, 1]));
  const [first, second] = result.indicators;
  close(first!.stats.mean, 6);
  close(first!.stats.sd, sdA);
  assert.equal(first!.stats.count, 5, "area 3 (200 inhabitants) is not counted");
  close(second!.stats.mean, 37.5);
  close(second!.stats.sd, sdB);
  zA.forEach((z, row) => (Number.isNaN(z) ? assert.ok(Number.isNaN(first!.z[row]!)) : close(first!.z[row]!, z, `A row ${row}`)));
  zB.forEach((z, row) => (Number.isNaN(z) ? assert.ok(Number.isNaN(second!.z[row]!)) : close(second!.z[row]!, z, `B row ${row}`)));
});

test("the index is the weighted mean; an area lacking values is renormalised while half the weight is there, else excluded", () => {
  const equal = computeAnalysis(example([1, 1]));
  const expected = [(zA[0]! + zB[0]!) / 2, (zA[1]! + zB[1]!) / 2, (zA[2]! + zB[2]!) / 2, NaN_, (zA[4]! + zB[4]!) / 2, zA[5]!];
  expected.forEach((value, row) => (Number.isNaN(value) ? assert.ok(Number.isNaN(equal.index[row]!)) : close(equal.index[row]!, value, `row ${row}`)));
  assert.deepEqual([...equal.excluded], [0, 0, 0, exclusions.population, 0, 0]);
  assert.equal(equal.lacking[5], 1, "area 5 lacks B, its index is A's z alone");
  // Weights 1 and 3: 0.25 and 0.75; area 5 has only a quarter of the weight and is excluded.
  const weighted = computeAnalysis(example([1, 3]));
  close(weighted.indicators[0]!.weight, 0.25);
  close(weighted.index[0]!, 0.25 * zA[0]! + 0.75 * zB[0]!);
  close(weighted.index[4]!, 0.25 * zA[4]! + 0.75 * zB[4]!);
  assert.equal(weighted.excluded[5], exclusions.fewValues);
  assert.ok(Number.isNaN(weighted.index[5]!));
});

test("ranking: 1 is the most need, the excluded get none; quantile classes put equal shares together", () => {
  const result = computeAnalysis(example([1, 1]));
  // Indices by hand: area 5 1.414, area 4 1.157, area 2 −0.115, area 1 −0.468, area 0 −1.281.
  assert.deepEqual([...result.rank], [5, 4, 3, 0, 2, 1]);
  // Five values in three classes: thresholds at the 2nd and the 4th sorted value.
  close(result.breaks[0]!, result.index[1]!);
  close(result.breaks[1]!, result.index[4]!);
  assert.deepEqual([...result.classes], [1, 1, 2, 0, 2, 3]);
  assert.deepEqual([...rankOf(Float64Array.from([1, 2, 2, NaN_, 0]))], [3, 1, 1, 0, 4], "ties share the rank");
});

test("min–max scales to 0..1 and ranks average their ties, both with polarity applied", () => {
  const minMaxed = computeAnalysis(example([1, 1], "minmax"));
  assert.deepEqual(
    [...minMaxed.indicators[0]!.standardised].map((v) => (Number.isNaN(v) ? null : v)),
    [0, 0.25, 0.5, null, 0.75, 1],
  );
  // B: (50 − value) / 30.
  const scaledB = [...minMaxed.indicators[1]!.standardised];
  [0, 1 / 3, 1 / 3, NaN_, 1, NaN_].forEach((value, row) => (Number.isNaN(value) ? assert.ok(Number.isNaN(scaledB[row]!)) : close(scaledB[row]!, value)));
  const ranked = computeAnalysis(example([1, 1], "rank"));
  assert.deepEqual(
    [...ranked.indicators[0]!.standardised].map((v) => (Number.isNaN(v) ? null : v)),
    [1, 2, 3, null, 4, 5],
  );
  // B negated: −50 < −40 = −40 < −20, the two 40s share (2 + 3) / 2.
  assert.deepEqual(
    [...ranked.indicators[1]!.standardised].map((v) => (Number.isNaN(v) ? null : v)),
    [1, 2.5, 2.5, null, 4, null],
  );
});

test("dynamics: the change against the comparison period, steady within half a standard deviation, and the status/dynamics matrix", () => {
  const dynamics = dynamicsOf(Float64Array.from([1, 0.5, NaN_, -1]), Float64Array.from([0, 0.5, 1, 0]), Uint8Array.from([3, 2, 0, 1]), 3);
  // Changes 1, 0, −1: mean 0, population sd √(2/3); steady within ±0.5·sd = 0.408.
  close(dynamics.threshold, 0.5 * Math.sqrt(2 / 3));
  assert.deepEqual([...dynamics.trend], [trends.rising, trends.steady, trends.none, trends.falling]);
  assert.deepEqual(dynamics.matrix, [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ]);
  const input = example([1, 1]);
  input.indicators = input.indicators.map((indicator) => ({ ...indicator, previous: indicator.values }));
  const same = computeAnalysis(input);
  assert.deepEqual([...same.dynamics!.trend], [2, 2, 2, 0, 2, 2], "unchanged values: every included area is steady");
});

test("stability: another standardisation and each weight ±25 %, with the areas that change class", () => {
  const input = example([1, 1]);
  const variants = stabilityOf(input, computeAnalysis(input));
  assert.deepEqual(
    variants.map((v) => [v.kind, v.standardisation, v.indicator, v.factor]),
    [
      ["standardisation", "minmax", null, 1],
      ["standardisation", "rank", null, 1],
      ["weight", "z", "a", 0.75],
      ["weight", "z", "a", 1.25],
      ["weight", "z", "b", 0.75],
      ["weight", "z", "b", 1.25],
    ],
  );
  // A × 1.25 or B × 0.75 keeps the order. A × 0.75 or B × 1.25 leaves area 5 (only A) under half the
  // weight: it drops out, and area 4 moves up into the top class of the four left (thresholds: 2nd and 3rd value).
  const moved = (index: number) => variants[index]!.moved;
  assert.deepEqual(moved(3), []);
  assert.deepEqual(moved(4), []);
  for (const index of [2, 5])
    assert.deepEqual(moved(index), [
      { row: 4, from: 2, to: 3 },
      { row: 5, from: 3, to: 0 },
    ]);
});
