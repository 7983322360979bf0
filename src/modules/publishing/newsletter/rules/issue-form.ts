import type { FieldErrors } from "../../../../platform/forms.ts";
import { messages } from "../texts.ts";

/** "2-2026": the running number within the year, then the year. */
export const numberPattern = /^([1-9][0-9]?)-(20[0-9]{2})$/;

interface Offered {
  articles: { id: number }[];
  reports: { id: number }[];
  events: { id: number }[];
}

/** At most ten ids, each from the offered list. */
const allOffered = (values: readonly unknown[] | undefined, offered: { id: number }[]) =>
  (values ?? []).length <= 10 && (values ?? []).every((value) => offered.some((item) => item.id === Number(value)));

/**
 * What the issue form's schema cannot word: the number's format, and articles, reports and events only from
 * the lists the form offered. These messages take the place of the schema's for the same field.
 */
export function issueFormErrors(
  body: { number?: string; artikel?: readonly unknown[]; berichte?: readonly unknown[]; termine?: readonly unknown[] },
  offered: Offered,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!numberPattern.test(body.number ?? "")) errors.number = messages.number;
  if (!allOffered(body.artikel, offered.articles)) errors.artikel = messages.articles;
  if (!allOffered(body.berichte, offered.reports)) errors.berichte = messages.reports;
  if (!allOffered(body.termine, offered.events)) errors.termine = messages.events;
  return errors;
}
