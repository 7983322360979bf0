import { isIsoDate, text, type FieldErrors } from "../../../platform/forms.ts";
import { dayRows } from "../schemas.ts";
import { eventFormTexts } from "../texts.ts";
import { wholeNumber } from "./numbers.ts";

const time = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface DayInput {
  date: string;
  startsAt: string | null;
  endsAt: string | null;
}

function dayRow(input: Record<string, unknown>, index: number, errors: FieldErrors): DayInput | null {
  const [date, start, end] = ["date", "start", "end"].map((part) => text(input[`d${index}_${part}`]).trim());
  if (!date && !start && !end) return null;
  if (!isIsoDate(date)) errors[`d${index}_date`] = eventFormTexts.invalidDate;
  if (start && !time.test(start)) errors[`d${index}_start`] = eventFormTexts.time("09:30");
  if (end && !time.test(end)) errors[`d${index}_end`] = eventFormTexts.time("16:00");
  if (start && end && time.test(start) && time.test(end) && end <= start) errors[`d${index}_end`] = eventFormTexts.endBeforeStart;
  return { date, startsAt: start || null, endsAt: end || null };
}

/** Days come as numbered rows (d0_date, d0_start, d0_end …); empty rows are dropped, the rest sorted. */
export function readDays(input: Record<string, unknown>, errors: FieldErrors): DayInput[] {
  const rows = Array.from({ length: dayRows }, (_, index) => dayRow(input, index, errors));
  const days = rows.filter((day): day is DayInput => day !== null);
  if (days.length === 0) errors.d0_date = eventFormTexts.noDay;
  const seen = new Set<string>();
  days.forEach((day, index) => {
    if (seen.has(day.date)) errors[`d${index}_date`] = eventFormTexts.overlap;
    seen.add(day.date);
  });
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** What an event's form must fit together without the database: its days, its capacity, its address, its deadline. */
export function eventFormProblems(input: Record<string, unknown>): FieldErrors {
  const errors: FieldErrors = {};
  if (Number.isNaN(wholeNumber(input.capacity, 1, 10000))) errors.capacity = eventFormTexts.capacity;
  const onlineUrl = text(input.onlineUrl).trim();
  if (onlineUrl && !/^https:\/\/[^\s<>]+$/.test(onlineUrl)) errors.onlineUrl = eventFormTexts.onlineUrl;
  const days = readDays(input, errors);
  const closes = text(input.registrationClosesOn);
  if (closes && days[0] && closes > days[0].date) errors.registrationClosesOn = eventFormTexts.deadlineAfterStart;
  return errors;
}
