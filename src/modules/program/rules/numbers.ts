import { text } from "../../../platform/forms.ts";

/** A whole number typed into a form within its range: null when left empty, NaN when it is none or out of range. */
export function wholeNumber(value: unknown, min: number, max: number): number | null {
  const typed = text(value).trim();
  if (typed === "") return null;
  const count = /^\d{1,6}$/.test(typed) ? Number(typed) : NaN;
  return count >= min && count <= max ? count : NaN;
}
