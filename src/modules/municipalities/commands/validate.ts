import { inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { FieldErrors } from "../../../platform/forms.ts";
import { topics } from "../tables.ts";

export type CommandResult<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** Keeps only topic slugs that exist; an unknown one means a tampered form and gets a message. */
export async function checkTopics(db: Db, slugs: string[], errors: FieldErrors, field = "topics"): Promise<string[]> {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return [];
  const known = await db.select({ slug: topics.slug }).from(topics).where(inArray(topics.slug, unique));
  if (known.length !== unique.length) errors[field] = "Bitte wählen Sie nur Themen aus der Liste.";
  return known.map((t) => t.slug);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A date from an <input type="date">: empty, or a real calendar day between 1990 and 2100. */
export function parseDate(value: string, field: string, errors: FieldErrors): string | null {
  if (value === "") return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (!isoDate.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    errors[field] = "Bitte geben Sie ein gültiges Datum ein (TT.MM.JJJJ).";
    return null;
  }
  if (date.getUTCFullYear() < 1990 || date.getUTCFullYear() > 2100) {
    errors[field] = "Bitte geben Sie ein Datum zwischen 1990 und 2100 ein.";
    return null;
  }
  return value;
}

export function parseWebsite(value: string, field: string, errors: FieldErrors): string {
  const trimmed = value.trim();
  if (trimmed === "") return "";
  try {
    const url = new URL(trimmed);
    if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
  } catch {
    // falls through to the message below
  }
  errors[field] = "Bitte geben Sie eine vollständige Adresse ein, die mit https:// beginnt.";
  return "";
}
