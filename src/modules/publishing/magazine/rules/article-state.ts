import { berlinInstant } from "../../../../platform/dates.ts";

/** Where an article stands: a draft, published and due, or published with a date still to come. */
export type ArticleState = "draft" | "published" | "scheduled";

export const stateOf = (status: string, publishAt: Date | null, now = new Date()): ArticleState =>
  status !== "published" ? "draft" : publishAt && publishAt > now ? "scheduled" : "published";

/** Whether the form's date and time (German wall clock, as typed) lie in the future: publishing then schedules. */
export function isFutureDate(date: string, time: string, now = new Date()): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^(\d{2}:\d{2})?$/.test(time)) return false;
  const at = berlinInstant(date, time || "00:00");
  return !Number.isNaN(at.getTime()) && at > now;
}
