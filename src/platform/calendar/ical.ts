/** iCalendar (RFC 5545) feeds, so appointments can be subscribed to in Outlook, Thunderbird or on a phone. */
import { slugify } from "../slug.ts";

/** Local time in Europe/Berlin: date "2026-03-12", times "09:30"; without start the day is all-day. */
export interface CalendarDay {
  date: string;
  start?: string;
  end?: string;
}

export interface CalendarEntry {
  /** Stable across exports, e.g. "event-12@k360"; multi-day entries get "-1", "-2" … per day unless they are one all-day span. */
  uid: string;
  title: string;
  description?: string;
  /** A place or "Online". */
  location?: string;
  url?: string;
  days: CalendarDay[];
  updatedAt: Date;
  cancelled?: boolean;
  sequence?: number;
}

const CRLF = "\r\n";
const TZID = "Europe/Berlin";
const MAX_LINE_OCTETS = 75;

// Outlook does not know Olson names, so the zone must be spelled out: EU rules (last Sunday of March/October).
const VTIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TZID}`,
  `X-LIC-LOCATION:${TZID}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

export function toICalendar(calendarName: string, entries: CalendarEntry[]): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Kommune 360°//K360//DE",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendarName)}`,
    `X-WR-TIMEZONE:${TZID}`,
    ...VTIMEZONE,
    ...entries.flatMap(toEvents),
    "END:VCALENDAR",
  ];
  return lines.map(fold).join(CRLF) + CRLF;
}

/** ASCII file name for a download, e.g. "Fachtag Jugendhilfe" → "fachtag-jugendhilfe.ics". */
export function icsFileName(title: string): string {
  return `${slugify(title).slice(0, 60).replace(/-$/, "") || "termin"}.ics`;
}

function toEvents(entry: CalendarEntry): string[] {
  const days = entry.days.map(checkDay).sort((a, b) => sortKey(a).localeCompare(sortKey(b)));
  if (days.length === 0) return [];
  if (days.length === 1 || isAllDaySpan(days)) {
    return vevent(entry, entry.uid, timing(days[0], days[days.length - 1].date));
  }
  // One VEVENT per day rather than an RRULE: calendars then show each day with its own times and cancel days singly.
  return days.flatMap((day, index) => vevent(entry, `${entry.uid}-${index + 1}`, timing(day, day.date)));
}

function vevent(entry: CalendarEntry, uid: string, timingLines: string[]): string[] {
  const stamp = utcStamp(entry.updatedAt);
  return [
    "BEGIN:VEVENT",
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${stamp}`,
    `LAST-MODIFIED:${stamp}`,
    ...(entry.sequence === undefined ? [] : [`SEQUENCE:${entry.sequence}`]),
    ...timingLines,
    `SUMMARY:${escapeText(entry.title)}`,
    ...(entry.description ? [`DESCRIPTION:${escapeText(entry.description)}`] : []),
    ...(entry.location ? [`LOCATION:${escapeText(entry.location)}`] : []),
    // A URI is not TEXT-escaped, so drop control characters that could break out of the line.
    ...(entry.url ? [`URL:${entry.url.replace(/[\x00-\x1f\x7f]/g, "")}`] : []),
    // CONFIRMED, not omitted: a client only revives an event it saw cancelled when the status changes back.
    `STATUS:${entry.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
  ];
}

/** DTSTART/DTEND for a timed day, or for an all-day span from day.date to lastDate (DTEND is exclusive). */
function timing(day: CalendarDay, lastDate: string): string[] {
  if (!day.start) {
    return [`DTSTART;VALUE=DATE:${compactDate(day.date)}`, `DTEND;VALUE=DATE:${compactDate(nextDay(lastDate))}`];
  }
  const lines = [`DTSTART;TZID=${TZID}:${localDateTime(day.date, day.start)}`];
  if (day.end) {
    // An end not after the start means the event runs past midnight, e.g. a Jugendnacht 20:00–02:00.
    const endDate = day.end <= day.start ? nextDay(day.date) : day.date;
    lines.push(`DTEND;TZID=${TZID}:${localDateTime(endDate, day.end)}`);
  }
  return lines;
}

function isAllDaySpan(days: CalendarDay[]): boolean {
  return days.every((day, i) => !day.start && (i === 0 || day.date === nextDay(days[i - 1].date)));
}

// Malformed input would otherwise yield a feed that clients silently reject as a whole.
function checkDay(day: CalendarDay): CalendarDay {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day.date) && [day.start, day.end].every((time) => time === undefined || /^([01]\d|2[0-3]):[0-5]\d$/.test(time));
  if (!valid) throw new Error(`Ungültiger Termin: ${JSON.stringify(day)}`);
  return day;
}

const sortKey = (day: CalendarDay) => `${day.date} ${day.start ?? ""}`;
const compactDate = (date: string) => date.replaceAll("-", "");
const localDateTime = (date: string, time: string) => `${compactDate(date)}T${time.replace(":", "")}00`;
const utcStamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");

function nextDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

/** TEXT escaping (RFC 5545 §3.3.11); other control characters are not allowed in TEXT at all. */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n?|\n/g, "\\n")
    .replace(/[\x00-\x08\x0a-\x1f\x7f]/g, "");
}

/** Folds at 75 octets (RFC 5545 §3.1); iterating code points never splits a UTF-8 sequence or surrogate pair. */
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let size = 0;
  for (const char of line) {
    const octets = Buffer.byteLength(char);
    if (size + octets > MAX_LINE_OCTETS) {
      parts.push(current);
      current = " ";
      size = 1;
    }
    current += char;
    size += octets;
  }
  parts.push(current);
  return parts.join(CRLF);
}
