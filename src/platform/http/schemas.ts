import { Type, type TSchema, type TUnsafe } from "@fastify/type-provider-typebox";
import type { Ajv } from "ajv";
import type { DataValidateFunction, DataValidationCxt } from "ajv/dist/types/index.js";

/**
 * The field types every route schema is built from (ADR 0009). Each one is a TypeBox schema with
 * one of our keywords (`x-text`, `x-id`, …), which Ajv runs while it validates: they clean the
 * value (control characters, spaces, German number and date formats) and turn it into what the
 * command takes, so limits and formats are written once, here and in the route's schema.
 */

const maxId = 2_147_483_647;
/** C0 and C1 control characters and DEL; line breaks and tabs are kept where a field has lines. */
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const lineBreaks = /\r\n?|\n|\t/g;
const hasControl = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

type Mode = "line" | "lines" | "email" | "raw";

function clean(value: string, mode: Mode): string {
  if (mode === "raw") return value.replace(/\u0000/g, "");
  if (mode === "lines") return value.replace(/\r\n?/g, "\n").replace(controls, "").trim();
  const line = value.replace(lineBreaks, " ").replace(controls, "").trim();
  return mode === "email" ? line.toLowerCase() : line;
}

/**
 * Cleans a text field. What no keyboard types is bad input, never saved silently: control characters
 * are removed and the form comes back with the cleaned text and a message, so the person sees what
 * is sent. (A body that is not UTF-8 does not get this far: platform/http/form-body.ts refuses it.)
 */
function textCleaner(mode: Mode): DataValidateFunction {
  const validate: DataValidateFunction = (data, ctx) => {
    if (typeof data !== "string") return true;
    const cleaned = clean(data, mode);
    replace(ctx, cleaned);
    const removed = mode === "raw" ? data.includes("\u0000") : hasControl.test(data);
    validate.errors = removed ? [{ keyword: "x-text", message: "controls", params: {}, instancePath: ctx?.instancePath ?? "", schemaPath: "" }] : [];
    return !removed;
  };
  return validate;
}

/** A real calendar day from 1990 to 2100, as <input type="date"> sends it or as typed in Germany (7.12.2026). */
export function parseDay(value: string): string | null {
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
  const iso = german ? `${german[3]}-${german[2].padStart(2, "0")}-${german[1].padStart(2, "0")}` : value;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso) return null;
  const year = date.getUTCFullYear();
  return year >= 1990 && year <= 2100 ? iso : null;
}

/** A number as typed in Germany: "12.345", "1.234,5", "0,75" (a point before three digits groups thousands). */
export function parseGermanNumber(value: string): number | null {
  const text = value.replace(/\s/g, "");
  if (!/^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/.test(text) && !/^-?\d+\.\d{1,2}$/.test(text)) return null;
  const normal = /,/.test(text) || /\.\d{3}(?!\d)/.test(text) ? text.replaceAll(".", "").replace(",", ".") : text;
  const parsed = Number(normal);
  return Number.isFinite(parsed) ? parsed : null;
}

/** A web address with http(s), in the form the browser shows it; null for anything else. */
export function parseWebAddress(value: string): string | null {
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".") ? url.toString() : null;
  } catch {
    return null;
  }
}

const emailPattern = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

/** Replaces the value being validated, where Ajv lets a keyword write to its parent. */
function replace(ctx: DataValidationCxt | undefined, value: unknown): void {
  if (ctx && ctx.parentData !== undefined && ctx.parentDataProperty !== undefined) {
    (ctx.parentData as Record<string | number, unknown>)[ctx.parentDataProperty] = value;
  }
}

/** Bounds of a number field. */
export interface Bounds {
  minimum: number;
  maximum: number;
}

type Check = (value: string, bounds: Bounds) => { value: unknown } | null;
const found = <T>(value: T | null) => (value === null ? null : { value });
const within = (n: number | null, b: Bounds) => (n !== null && n >= b.minimum && n <= b.maximum ? n : null);

const conversions: Record<string, Check> = {
  id: (v) => (/^[1-9][0-9]{0,9}$/.test(v) && Number(v) <= maxId ? { value: Number(v) } : null),
  day: (v) => (v === "" ? { value: "" } : found(parseDay(v))),
  number: (v, bounds) => (v === "" ? { value: null } : found(within(parseGermanNumber(v), bounds))),
  web: (v) => (v === "" ? { value: "" } : found(parseWebAddress(v))),
  email: (v) => (v === "" || emailPattern.test(v) ? { value: v } : null),
  phone: (v) => (v === "" || (/^\+?[0-9 ()/.-]+$/.test(v) && v.replace(/\D/g, "").length >= 5) ? { value: v } : null),
  flag: (v) => ({ value: v !== "" }),
};

function converter(kind: string, bounds: Bounds): DataValidateFunction {
  const check = conversions[kind];
  const validate: DataValidateFunction = (data, ctx) => {
    const result = typeof data === "string" ? check(data, bounds) : null;
    if (!result) {
      validate.errors = [{ keyword: `x-${kind}`, message: kind, params: {}, instancePath: ctx?.instancePath ?? "", schemaPath: "" }];
      return false;
    }
    replace(ctx, result.value);
    return true;
  };
  return validate;
}

const htmlTag = /<\/?[a-z!][^>]*>/i;

/** Plain-text fields take no markup: a tag is most likely pasted code or an attack, so the user is asked to remove it. */
const plainText: DataValidateFunction = (data, ctx) => {
  if (typeof data !== "string" || !htmlTag.test(data)) return true;
  plainText.errors = [{ keyword: "x-plain", message: "plain", params: {}, instancePath: ctx?.instancePath ?? "", schemaPath: "" }];
  return false;
};

/** Two fields of a form whose values must not run backwards, such as a start and an end day. */
interface Order {
  first: string;
  then: string;
  message: string;
}

/** Checks each pair once both are filled: the later field gets the message, so it shows next to it. */
function inOrder(pairs: Order[]): DataValidateFunction {
  const validate: DataValidateFunction = (data, ctx) => {
    const form = data as Record<string, unknown>;
    const wrong = pairs.filter((pair) => {
      const [first, then] = [form[pair.first], form[pair.then]];
      return typeof first === "string" && typeof then === "string" && first !== "" && then !== "" && then < first;
    });
    validate.errors = wrong.map((pair) => ({
      keyword: "x-order",
      message: pair.message,
      params: { message: pair.message },
      instancePath: `${ctx?.instancePath ?? ""}/${pair.then}`,
      schemaPath: "",
    }));
    return wrong.length === 0;
  };
  return validate;
}

/** Options of a form's object schema: these day or time fields must not run backwards. */
export const ordered = (...pairs: Order[]) => ({ "x-order": pairs });

/** Registers our keywords with Fastify's Ajv (`ajv.plugins` in app.ts). */
export function fieldKeywords(ajv: Ajv): Ajv {
  ajv.addKeyword({
    keyword: "x-text",
    type: "string",
    schemaType: "string",
    modifying: true,
    // Cleaned before the length is checked: a pasted NUL or a trailing space does not count.
    before: "maxLength",
    errors: true,
    compile: (mode: Mode) => textCleaner(mode),
  });
  for (const kind of Object.keys(conversions)) {
    ajv.addKeyword({
      keyword: `x-${kind}`,
      type: "string",
      schemaType: kind === "number" ? "object" : "boolean",
      modifying: true,
      errors: true,
      compile: (bounds: Bounds | boolean) => converter(kind, typeof bounds === "object" ? bounds : { minimum: 0, maximum: 0 }),
    });
  }
  ajv.addKeyword({ keyword: "x-plain", type: "string", schemaType: "boolean", errors: true, compile: () => plainText });
  ajv.addKeyword({ keyword: "x-message", schemaType: "string" });
  ajv.addKeyword({ keyword: "x-order", type: "object", schemaType: "array", errors: true, compile: (pairs: Order[]) => inOrder(pairs) });
  return ajv;
}

/** Fastify's Ajv settings for every route: all errors at once, a checkbox group from one value, our keywords. */
export const ajvOptions = {
  customOptions: { allErrors: true, coerceTypes: "array" as const, removeAdditional: false, verbose: true },
  plugins: [fieldKeywords],
};

export interface TextOptions {
  /** Most characters after cleaning. */
  max: number;
  /** Fewest characters after cleaning; 1 makes the field required. */
  min?: number;
  /** A textarea: line breaks are kept. */
  lines?: boolean;
  /** The message when the field is left empty (or shorter than `min`). */
  message?: string;
  /** Markdown or other text that may contain markup; plain text (the default) refuses HTML tags. */
  markup?: boolean;
}

const withMessage = (message: string | undefined) => (message ? { "x-message": message } : {});

/** Text as typed: control characters removed, trimmed, then checked against its length. */
export const Text = (options: TextOptions) =>
  Type.String({
    maxLength: options.max,
    ...(options.min ? { minLength: options.min } : {}),
    "x-text": options.lines ? "lines" : "line",
    ...(options.markup ? {} : { "x-plain": true }),
    ...withMessage(options.message),
  });

/** A secret as typed (a password): only NUL bytes are removed, nothing is trimmed. */
export const Secret = (max = 1000) => Type.String({ minLength: 1, maxLength: max, "x-text": "raw" });

/** An id in a path or a form: a canonical positive whole number within PostgreSQL's integer, as a number. */
export const Id = (): TUnsafe<number> => Type.Unsafe<number>({ type: "string", "x-id": true });

/** An e-mail address, lowercased; empty only where the field is not required (`min: 0`). */
export const Email = (options: { required?: boolean; message?: string } = {}) =>
  Type.String({ maxLength: 254, ...(options.required === false ? {} : { minLength: 1 }), "x-text": "email", "x-email": true, ...withMessage(options.message) });

/** One of a fixed set of values (a select or radio group). */
export const Choice = <K extends string>(keys: readonly K[] | Record<K, unknown>): TUnsafe<K> =>
  Type.Unsafe<K>({ type: "string", enum: Array.isArray(keys) ? [...keys] : Object.keys(keys) });

/** A calendar day as YYYY-MM-DD (also typed as 7.12.2026); "" where the day may stay open. */
export const Day = (options: { required?: boolean } = {}) =>
  Type.String({ maxLength: 10, ...(options.required ? { minLength: 1 } : {}), "x-text": "line", "x-day": true });

/** A number as typed in Germany ("12.345", "0,75") within its bounds; null when left empty. */
export const GermanNumber = (bounds: Bounds): TUnsafe<number | null> =>
  Type.Unsafe<number | null>({ type: "string", maxLength: 20, "x-text": "line", "x-number": bounds });

/** A web address with http:// or https:// (added when typed without); "" when left empty. */
export const WebAddress = () => Type.String({ maxLength: 300, "x-text": "line", "x-web": true });

/** A telephone number as written in Germany: "0228 77-0", "+49 (228) 77 25 00"; "" when left empty. */
export const Phone = () => Type.String({ maxLength: 40, "x-text": "line", "x-phone": true });

/** A checkbox: true when ticked. Browsers leave an unticked box out of the form. */
export const Flag = () => Type.Optional(Type.Unsafe<boolean>({ type: "string", maxLength: 20, "x-text": "line", "x-flag": true }));

/** A group of checkboxes or a multiple select: one value arrives as a list of one. */
export const List = <T extends TSchema>(item: T, maxItems: number) => Type.Optional(Type.Array(item, { maxItems }));

/**
 * A value of the address (a path segment or a query parameter) or of a hidden field: a state word,
 * a page number, a search text. Control characters are refused, so none reaches a query.
 */
export const Param = (max: number, min = 0) => Type.String({ maxLength: max, ...(min > 0 ? { minLength: min } : {}), "x-text": "line" });

/** A lowercase address segment such as a slug. */
export const Slug = (max = 120) => Type.String({ maxLength: max, pattern: "^[a-z0-9][a-z0-9-]*$" });

/**
 * A token from a link in an e-mail. Looked up by its hash, so any text is safe: a link cut short by a
 * mail program finds nothing and gets the route's page for an unknown or expired link, not a 404.
 */
export const Token = () => Param(200, 1);

/** The params of a route with one id. */
export const IdParams = Type.Object({ id: Id() });
