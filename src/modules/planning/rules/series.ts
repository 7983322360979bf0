import { valueMarks } from "../reference.ts";

/**
 * The values of one indicator and period over the areas of a cut (ADR 0011). Entry i belongs to
 * the area at position i; NaN means no value, -1 no case count.
 */
export interface Series {
  values: Float64Array;
  cases: Int32Array;
  marks: Uint8Array;
}

/** An empty series for a cut with `length` positions: no value anywhere. */
export function emptySeries(length: number): Series {
  return {
    values: new Float64Array(length).fill(Number.NaN),
    cases: new Int32Array(length).fill(-1),
    marks: new Uint8Array(length).fill(valueMarks.missing),
  };
}

/** A series at least `length` long (a cut that got areas after its values were imported). */
export function widen(series: Series, length: number): Series {
  if (series.values.length >= length) return series;
  const wider = emptySeries(length);
  wider.values.set(series.values);
  wider.cases.set(series.cases);
  wider.marks.set(series.marks);
  return wider;
}

const copyOut = (array: Float64Array | Int32Array | Uint8Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/** The three byte strings stored in planning_series (little-endian, as every platform we run on). */
export function encodeSeries(series: Series): { values: Buffer; cases: Buffer; marks: Buffer } {
  return { values: copyOut(series.values), cases: copyOut(series.cases), marks: copyOut(series.marks) };
}

/** Reads stored byte strings back; copies them so the arrays are aligned. */
export function decodeSeries(stored: { values: Uint8Array; cases: Uint8Array; marks: Uint8Array }): Series {
  const values = new Float64Array(stored.values.byteLength / 8);
  new Uint8Array(values.buffer).set(stored.values);
  const cases = new Int32Array(stored.cases.byteLength / 4);
  new Uint8Array(cases.buffer).set(stored.cases);
  return { values, cases, marks: Uint8Array.from(stored.marks) };
}
