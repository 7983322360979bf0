import type { Classification, Polarity, Standardisation } from "../../reference.ts";
import { classBreaks, classOf } from "./classes.ts";
import { polaritySign, standardise, statsOf, zScores, type IndicatorStats } from "./standardise.ts";
import { dynamicsOf, type Dynamics } from "./dynamics.ts";

/**
 * The social-space analysis on typed arrays: rows are the areas (0..count − 1), each indicator one
 * Float64Array with NaN where the value is missing or hidden by the protection rule. No cell becomes
 * an object, so 10,000 areas × 40 indicators take a few milliseconds.
 */

export interface IndicatorInput {
  key: string;
  polarity: Polarity;
  /** The period's values; NaN: not delivered or hidden (never a protected value). */
  values: Float64Array;
  /** The comparison period's values, the same way; null without a comparison. */
  previous: Float64Array | null;
}

export interface AnalysisInput {
  count: number;
  indicators: IndicatorInput[];
  /** One positive weight per indicator, in the same order. */
  weights: number[];
  /** Inhabitants per area (the period's `einwohner`, protected); NaN when unknown or hidden. */
  population: Float64Array;
  minPopulation: number;
  standardisation: Standardisation;
  classification: Classification;
  classCount: number;
}

/** Why an area has no index (0: it has one). */
export const exclusions = { none: 0, population: 1, populationUnknown: 2, fewValues: 3 } as const;

export interface IndicatorResult {
  key: string;
  /** The included areas' values (NaN elsewhere): the input of every figure. */
  values: Float64Array;
  stats: IndicatorStats;
  /** z-scores, polarity applied; the receipt's and the exports' `<key>_z`. */
  z: Float64Array;
  /** The values of the chosen standardisation (the z-scores for "z"). */
  standardised: Float64Array;
  /** The weight divided by the sum of the weights. */
  weight: number;
}

export interface IndexResult {
  /** The composite index per area; NaN for an excluded area. */
  index: Float64Array;
  /** 1 = the most need; tied indices share the rank; 0 for an excluded area. */
  rank: Int32Array;
  /** 1..classCount (the highest the most need); 0 for an excluded area. */
  classes: Uint8Array;
  breaks: number[];
  /** exclusions code per area. */
  excluded: Uint8Array;
  /** How many of the indicators an area's index lacks (weights renormalised over the rest). */
  lacking: Uint8Array;
}

export interface AnalysisComputation extends IndexResult {
  indicators: IndicatorResult[];
  dynamics: Dynamics | null;
}

/** Which areas take part: population known and at least the minimum. */
export function includedAreas(input: AnalysisInput): Uint8Array {
  const excluded = new Uint8Array(input.count);
  for (let row = 0; row < input.count; row++) {
    const population = input.population[row]!;
    if (population !== population) excluded[row] = exclusions.populationUnknown;
    else if (population < input.minPopulation) excluded[row] = exclusions.population;
  }
  return excluded;
}

/** An indicator's values restricted to the included areas. */
function restricted(values: Float64Array, excluded: Uint8Array): Float64Array {
  const result = new Float64Array(values.length);
  for (let row = 0; row < values.length; row++) result[row] = excluded[row] === exclusions.none ? values[row]! : Number.NaN;
  return result;
}

/** Statistics, z-scores and the chosen standardisation of each indicator over the included areas. */
export function standardiseAll(input: AnalysisInput, excluded: Uint8Array, pick: (indicator: IndicatorInput) => Float64Array | null): IndicatorResult[] {
  const total = input.weights.reduce((sum, weight) => sum + weight, 0);
  return input.indicators.map((indicator, column) => {
    const source = pick(indicator) ?? new Float64Array(input.count).fill(Number.NaN);
    const values = restricted(source, excluded);
    const stats = statsOf(values);
    const sign = polaritySign(indicator.polarity);
    const scores = zScores(values, stats, sign);
    const standardised = standardise(input.standardisation, values, stats, sign, scores);
    return { key: indicator.key, values, stats, z: scores, standardised, weight: input.weights[column]! / total };
  });
}

/**
 * The weighted mean of the standardised values. An area lacking some values gets its index from the
 * others, weights renormalised, while they carry at least half of the total weight; else it is excluded.
 */
export function compositeIndex(
  standardised: Float64Array[],
  weights: ArrayLike<number>,
  excludedBefore: Uint8Array,
): { index: Float64Array; excluded: Uint8Array; lacking: Uint8Array } {
  const count = excludedBefore.length;
  const index = new Float64Array(count).fill(Number.NaN);
  const excluded = Uint8Array.from(excludedBefore);
  const lacking = new Uint8Array(count);
  const sums = new Float64Array(count);
  const present = new Float64Array(count);
  let total = 0;
  for (let column = 0; column < standardised.length; column++) {
    const values = standardised[column]!;
    const weight = weights[column]!;
    total += weight;
    for (let row = 0; row < count; row++) {
      const value = values[row]!;
      if (value !== value) lacking[row]!++;
      else {
        sums[row] += weight * value;
        present[row] += weight;
      }
    }
  }
  for (let row = 0; row < count; row++) {
    if (excluded[row] !== exclusions.none) continue;
    if (present[row]! > 0 && present[row]! >= total / 2 - 1e-12) index[row] = sums[row]! / present[row]!;
    else excluded[row] = exclusions.fewValues;
  }
  return { index, excluded, lacking };
}

/** Ranks by index, highest first (1 = the most need); equal indices share the better rank. */
export function rankOf(index: Float64Array): Int32Array {
  const rank = new Int32Array(index.length);
  const rows: number[] = [];
  for (let row = 0; row < index.length; row++) if (index[row] === index[row]) rows.push(row);
  rows.sort((first, second) => index[second]! - index[first]! || first - second);
  for (let place = 0; place < rows.length; place++) {
    const row = rows[place]!;
    rank[row] = place > 0 && index[row] === index[rows[place - 1]!] ? rank[rows[place - 1]!]! : place + 1;
  }
  return rank;
}

/** Index, ranks and classes from standardised indicators. */
export function indexFrom(
  standardised: Float64Array[],
  weights: ArrayLike<number>,
  excludedBefore: Uint8Array,
  classification: Classification,
  classCount: number,
): IndexResult {
  const { index, excluded, lacking } = compositeIndex(standardised, weights, excludedBefore);
  const breaks = classBreaks(classification, index, classCount);
  const classes = new Uint8Array(index.length);
  for (let row = 0; row < index.length; row++) classes[row] = classOf(index[row]!, breaks);
  return { index, rank: rankOf(index), classes, breaks, excluded, lacking };
}

/** The whole analysis: standardisation, index, ranks, classes and, with a comparison period, the dynamics. */
export function computeAnalysis(input: AnalysisInput): AnalysisComputation {
  const before = includedAreas(input);
  const indicators = standardiseAll(input, before, (indicator) => indicator.values);
  const weights = indicators.map((indicator) => indicator.weight);
  const result = indexFrom(
    indicators.map((indicator) => indicator.standardised),
    weights,
    before,
    input.classification,
    input.classCount,
  );
  const compared = input.indicators.some((indicator) => indicator.previous !== null);
  if (!compared) return { ...result, indicators, dynamics: null };
  const earlier = standardiseAll(input, result.excluded, (indicator) => indicator.previous);
  const { index: previous } = compositeIndex(
    earlier.map((indicator) => indicator.standardised),
    weights,
    result.excluded,
  );
  return { ...result, indicators, dynamics: dynamicsOf(result.index, previous, result.classes, input.classCount) };
}
