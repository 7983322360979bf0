import { standardisations, type Standardisation } from "../../reference.ts";
import { includedAreas, indexFrom, standardiseAll, type AnalysisComputation, type AnalysisInput } from "./composite.ts";

/**
 * The stability check: the index computed again under each other standardisation and with each
 * single weight moved by −25 % and +25 %; which areas then land in another class.
 */

export const weightShift = 0.25;

export interface Variant {
  /** "standardisation" (another method) or "weight" (one weight moved). */
  kind: "standardisation" | "weight";
  standardisation: Standardisation;
  /** For a weight variant: the indicator and the factor (0.75 or 1.25). */
  indicator: string | null;
  factor: number;
  /** Rows whose class differs from the analysis's, with the class there. */
  moved: { row: number; from: number; to: number }[];
}

function movedRows(base: Uint8Array, other: Uint8Array): Variant["moved"] {
  const moved: Variant["moved"] = [];
  for (let row = 0; row < base.length; row++) if (base[row] !== other[row]) moved.push({ row, from: base[row]!, to: other[row]! });
  return moved;
}

export function stabilityOf(input: AnalysisInput, result: AnalysisComputation): Variant[] {
  const before = includedAreas(input);
  const variants: Variant[] = [];
  for (const method of Object.keys(standardisations) as Standardisation[]) {
    if (method === input.standardisation) continue;
    const indicators = standardiseAll({ ...input, standardisation: method }, before, (indicator) => indicator.values);
    const other = indexFrom(
      indicators.map((indicator) => indicator.standardised),
      indicators.map((indicator) => indicator.weight),
      before,
      input.classification,
      input.classCount,
    );
    variants.push({ kind: "standardisation", standardisation: method, indicator: null, factor: 1, moved: movedRows(result.classes, other.classes) });
  }
  const standardised = result.indicators.map((indicator) => indicator.standardised);
  for (let column = 0; column < input.indicators.length; column++) {
    for (const factor of [1 - weightShift, 1 + weightShift]) {
      const weights = input.weights.map((weight, other) => (other === column ? weight * factor : weight));
      const other = indexFrom(standardised, weights, before, input.classification, input.classCount);
      const moved = movedRows(result.classes, other.classes);
      variants.push({ kind: "weight", standardisation: input.standardisation, indicator: input.indicators[column]!.key, factor, moved });
    }
  }
  return variants;
}
