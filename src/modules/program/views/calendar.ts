import type { CalendarEntry } from "../../../platform/calendar/ical.ts";
import type { EventSummary } from "../queries/events.ts";

export function toCalendarEntry(eventSummary: EventSummary, baseUrl: string): CalendarEntry {
  return {
    uid: `termin-${eventSummary.id}@k360`,
    title: eventSummary.title,
    description: [eventSummary.formatTitle, eventSummary.description].filter(Boolean).join("\n\n"),
    location: eventSummary.place || (eventSummary.onlineUrl ? "Online" : undefined),
    url: `${baseUrl}/termine/${eventSummary.id}`,
    days: eventSummary.days.map((d) => ({ date: d.date, start: d.startsAt ?? undefined, end: d.endsAt ?? undefined })),
    updatedAt: eventSummary.updatedAt,
    cancelled: eventSummary.cancelled,
  };
}
