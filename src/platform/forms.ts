/** German messages per form field, keyed by the field's name. */
export type FieldErrors = Record<string, string>;

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}

/** Checkbox groups arrive as a string (one ticked), a list, or not at all. */
export function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === "string" && value !== "") return [value];
  return [];
}

/**
 * A field's text even when the body failed its schema (a value sent twice arrives as a list):
 * commands check everything and report all messages at once, but write only valid input.
 */
export function text(value: unknown): string {
  if (Array.isArray(value)) return text(value[0]);
  return typeof value === "string" ? value : value === undefined || value === null ? "" : String(value);
}

/** A real calendar day written as YYYY-MM-DD (as <input type="date"> sends it); "2026-02-30" is not one. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * The id in a path such as /kapitel/12: a whole number from 1 to 2147483647 (PostgreSQL's integer),
 * else null, so routes answer 404 instead of passing NaN or an out-of-range number to the database.
 */
export function parseId(value: string): number | null {
  if (!/^[1-9][0-9]{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= 2_147_483_647 ? id : null;
}

/** A posted form as typed: each field's text, a repeated field (checkboxes) as its list of texts. */
export function formValues(body: unknown): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v.map(String) : String(v)]));
}

/** A posted form of single fields: each field's text (of a repeated one, the first). */
export function formTexts(body: unknown): Record<string, string> {
  return Object.fromEntries(Object.entries((body ?? {}) as Record<string, unknown>).map(([k, v]) => [k, text(v)]));
}

const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** An e-mail address as forms accept it: something@somewhere.tld, without spaces or angle brackets. */
export const isEmail = (value: string) => emailPattern.test(value);

/** A form's values as its page shows them again: as typed, or as the field types made them (numbers, ticks). */
export type FormValues = Record<string, unknown>;

/** One field's text for its input; a number as written in Germany. */
export function valueText(values: FormValues, key: string): string {
  const value = values[key];
  if (typeof value === "number") return value.toLocaleString("de-DE", { useGrouping: false });
  return typeof value === "string" ? value : "";
}

/** The ticked values of a checkbox group (one ticked box arrives as a plain value). */
export const valueList = (values: FormValues, key: string): string[] => asList(values[key]);

/** Whether a single checkbox is ticked: `true` after validation, "ja" as sent. */
export const isTicked = (values: FormValues, key: string) => values[key] === true || values[key] === "ja";
