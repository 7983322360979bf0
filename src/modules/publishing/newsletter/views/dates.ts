const dateFormat = new Intl.DateTimeFormat("de-DE", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Berlin" });
const dateTimeFormat = new Intl.DateTimeFormat("de-DE", { dateStyle: "medium", timeStyle: "short", timeZone: "Europe/Berlin" });

/** "12. März 2026", the day in Germany. */
export const longDate = (d: Date) => dateFormat.format(d);

/** "12.03.2026, 09:30", in Germany. */
export const dateTime = (d: Date) => dateTimeFormat.format(d);
