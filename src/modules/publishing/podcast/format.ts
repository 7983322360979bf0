const zone = "Europe/Berlin";
const longDate = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", year: "numeric", timeZone: zone });
const isoDate = new Intl.DateTimeFormat("sv-SE", { timeZone: zone });
const offsetName = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });

/** "38 Min.", "1 Std. 5 Min.", "9 Sek." as German players and programme guides write it. */
export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds} Sek.`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} Min.`;
  return `${Math.floor(minutes / 60)} Std.${minutes % 60 ? ` ${minutes % 60} Min.` : ""}`;
}

/** "12. März 2026", the day an episode appeared, in German time. */
export const formatPublishDate = (date: Date) => longDate.format(date);

/** The German calendar day of an instant, "2026-03-12", as a date field shows it. */
export const germanDay = (date: Date) => isoDate.format(date);

/** Midnight at the start of a German calendar day (summer or winter time), the moment an episode dated that day appears. */
export function startOfGermanDay(day: string): Date {
  const [y, m, d] = day.split("-").map(Number);
  // At 00:00 UTC it is 01:00 or 02:00 in Germany: still the offset of that midnight, as clocks change only at 02:00 or 03:00.
  const offset = /GMT([+-])(\d{2}):(\d{2})/.exec(offsetName.format(new Date(Date.UTC(y, m - 1, d))));
  const minutes = offset ? (offset[1] === "-" ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) : 0;
  return new Date(Date.UTC(y, m - 1, d) - minutes * 60_000);
}
