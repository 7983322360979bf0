const longDate = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const dayMonth = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", timeZone: "UTC" });
const weekday = new Intl.DateTimeFormat("de-DE", { weekday: "long", timeZone: "UTC" });

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "3. Dezember 2025", "3. und 4. Dezember 2025", "3. Dezember, 18. März und 17. Juni 2026" style lists. */
export function formatDays(dates: string[]): string {
  if (dates.length === 0) return "Termin folgt";
  if (dates.length === 1) return longDate.format(asDate(dates[0]));
  const sameYear = dates.every((d) => d.slice(0, 4) === dates[0].slice(0, 4));
  const parts = dates.map((d, i) => (sameYear && i < dates.length - 1 ? dayMonth.format(asDate(d)) : longDate.format(asDate(d))));
  return `${parts.slice(0, -1).join(", ")} und ${parts.at(-1)}`;
}

export function formatDay(iso: string): string {
  return `${weekday.format(asDate(iso))}, ${longDate.format(asDate(iso))}`;
}
