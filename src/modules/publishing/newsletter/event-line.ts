import { formatDays } from "../../../platform/dates.ts";
import { type EventSummary } from "../../program/index.ts";

/** When and where, in one line: "3. Dezember 2026 · Kommune gestaltet! · online". The online link itself goes only to registered people. */
export function eventLine(e: EventSummary): string {
  return [formatDays(e.days.map((d) => d.date)), e.formatTitle, e.place || (e.onlineUrl ? "online" : "")].filter(Boolean).join(" · ");
}
