import type { CalendarEntry } from "../../platform/calendar/ical.ts";
import type { EventSummary } from "./queries.ts";

export function toCalendarEntry(e: EventSummary, baseUrl: string): CalendarEntry {
  return {
    uid: `termin-${e.id}@k360`,
    title: e.title,
    description: [e.formatTitle, e.description].filter(Boolean).join("\n\n"),
    location: e.place || (e.onlineUrl ? "Online" : undefined),
    url: `${baseUrl}/termine/${e.id}`,
    days: e.days.map((d) => ({ date: d.date, start: d.startsAt ?? undefined, end: d.endsAt ?? undefined })),
    updatedAt: e.updatedAt,
    cancelled: e.cancelled,
  };
}
