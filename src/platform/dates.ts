/** Dates and times as read in Germany (Europe/Berlin, summer and winter time), for every module. */
const zone = "Europe/Berlin";
const longDate = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", year: "numeric", timeZone: zone });
const clock = new Intl.DateTimeFormat("de-DE", { hour: "2-digit", minute: "2-digit", timeZone: zone });
const compact = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: zone });
const isoDay = new Intl.DateTimeFormat("sv-SE", { timeZone: zone });
const wallClock = new Intl.DateTimeFormat("sv-SE", {
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: zone,
});

/** "7. Oktober 2025", as dates are read in Germany. */
export const formatDate = (date: Date) => longDate.format(date);

/** Calendar days ("2025-10-07") are the same everywhere: formatted as UTC dates, so no zone moves them. */
const dayLong = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dayMonth = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", timeZone: "UTC" });
const weekday = new Intl.DateTimeFormat("de-DE", { weekday: "long", timeZone: "UTC" });
const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A calendar day "2025-10-07" as "7. Oktober 2025"; "" for none. */
export const formatDay = (iso: string | null) => (iso ? dayLong.format(asDate(iso)) : "");

/** "Dienstag, 7. Oktober 2025". */
export const formatDayWithWeekday = (iso: string) => `${weekday.format(asDate(iso))}, ${dayLong.format(asDate(iso))}`;

/** "3. Dezember 2025", "3. und 4. Dezember 2025", "3. Dezember, 18. März und 17. Juni 2026". */
export function formatDays(days: string[]): string {
  if (days.length === 0) return "Termin folgt";
  if (days.length === 1) return formatDay(days[0]);
  const sameYear = days.every((day) => day.slice(0, 4) === days[0].slice(0, 4));
  const parts = days.map((day, i) => (sameYear && i < days.length - 1 ? dayMonth.format(asDate(day)) : formatDay(day)));
  return `${parts.slice(0, -1).join(", ")} und ${parts.at(-1)}`;
}

/** "7. Oktober 2025, 09:30 Uhr". */
export const formatDateTime = (date: Date) => `${longDate.format(date)}, ${clock.format(date)} Uhr`;

/** "07.10.2025, 09:30", short enough for a table column. */
export const formatShortDateTime = (date: Date) => compact.format(date);

/** The German calendar day of an instant ("2025-10-07"), today by default: the platform counts days in Germany. */
export const todayInGermany = (now = new Date()) => isoDay.format(now);

/** The German wall-clock date ("2025-10-07") and time ("09:30") of an instant, as the form shows them. */
export function berlinParts(date: Date): { date: string; time: string } {
  const [day, time] = wallClock.format(date).split(" ");
  return { date: day, time };
}

/** The instant a German wall-clock date and time stand for (summer or winter time). */
export function berlinInstant(date: string, time: string): Date {
  const [year, month, dayOfMonth] = date.split("-").map(Number);
  const [hour, min] = time.split(":").map(Number);
  const wanted = Date.UTC(year, month - 1, dayOfMonth, hour, min);
  const shown = (at: number) => {
    const parts = berlinParts(new Date(at));
    const [py, pm, pd] = parts.date.split("-").map(Number);
    const [ph, pmin] = parts.time.split(":").map(Number);
    return Date.UTC(py, pm - 1, pd, ph, pmin);
  };
  let at = wanted - (shown(wanted) - wanted);
  at = wanted - (shown(at) - at);
  return new Date(at);
}
