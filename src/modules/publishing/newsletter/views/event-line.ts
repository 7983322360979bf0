import { formatDays } from "../../../../platform/dates.ts";
import { type EventSummary } from "../../../program/index.ts";

/** When and where, in one line: "3. Dezember 2026 · Kommune gestaltet! · online". The online link itself goes only to registered people. */
export function eventLine(eventSummary: EventSummary): string {
  return [formatDays(eventSummary.days.map((d) => d.date)), eventSummary.formatTitle, eventSummary.place || (eventSummary.onlineUrl ? "online" : "")]
    .filter(Boolean)
    .join(" · ");
}
