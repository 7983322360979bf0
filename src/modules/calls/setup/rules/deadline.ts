import { parseDay } from "../../../../platform/http/schemas.ts";
import { berlinInstant, berlinParts } from "../../../../platform/dates.ts";

const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}),?(?:\s+(\d{1,2})[:.](\d{2})(?:\s*Uhr)?)?$/i;
const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?$/;

/** A day without a time means its end: the office typed the last day applications come in. */
const endOfDay = "23:59";

/** 23:59 German time on the day of this instant: a deadline as offices set it. */
export const endOfGermanDay = (instant: Date) => berlinInstant(berlinParts(instant).date, endOfDay);

/**
 * A deadline as typed in an office ("31.05.2027", "31.5.27", "31.05.2027 23:59") or as a date field
 * sends it ("2027-05-31"), read as German time; null for anything else.
 */
export function parseDeadline(value: string): Date | null {
  const text = value.trim();
  const typed = german.exec(text);
  const sent = typed ? null : iso.exec(text);
  if (!typed && !sent) return null;
  const [year, month, day, hour, minute] = typed
    ? [typed[3].length === 2 ? `20${typed[3]}` : typed[3], typed[2], typed[1], typed[4], typed[5]]
    : [sent![1], sent![2], sent![3], sent![4], sent![5]];
  const date = parseDay(`${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`);
  if (!date) return null;
  if (hour === undefined) return berlinInstant(date, endOfDay);
  if (Number(hour) > 23 || Number(minute) > 59) return null;
  return berlinInstant(date, `${hour.padStart(2, "0")}:${minute}`);
}

/** A deadline as the form shows it again: "31.05.2027 23:59". */
export function deadlineText(deadline: Date): string {
  const { date, time } = berlinParts(deadline);
  const [year, month, day] = date.split("-");
  return `${day}.${month}.${year} ${time}`;
}
