import { test } from "node:test";
import assert from "node:assert/strict";
import ICAL from "ical.js";
import { icsFileName, toICalendar, type CalendarEntry } from "./ical.ts";

const updatedAt = new Date("2026-02-01T10:00:00Z");
const entry = (overrides: Partial<CalendarEntry>): CalendarEntry => ({
  uid: "event-1@k360",
  title: "Fachtag",
  days: [{ date: "2026-03-12" }],
  updatedAt,
  ...overrides,
});

function parse(entries: CalendarEntry[]) {
  const calendar = new ICAL.Component(ICAL.parse(toICalendar("K360 Termine", entries)));
  return { calendar, events: calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)) };
}
const utc = (event: InstanceType<typeof ICAL.Event>) => [event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()];

test("the calendar carries its header and the Europe/Berlin zone", () => {
  const { calendar } = parse([]);
  assert.equal(calendar.getFirstPropertyValue("version"), "2.0");
  assert.equal(calendar.getFirstPropertyValue("prodid"), "-//Kommune 360°//K360//DE");
  assert.equal(calendar.getFirstPropertyValue("method"), "PUBLISH");
  assert.equal(calendar.getFirstPropertyValue("x-wr-calname"), "K360 Termine");
  assert.equal(calendar.getFirstPropertyValue("x-wr-timezone"), "Europe/Berlin");
  assert.equal(calendar.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid"), "Europe/Berlin");
});

test("timed events resolve to the right instant in winter, summer and around the switch", () => {
  const { events } = parse([
    entry({ uid: "a", days: [{ date: "2026-03-12", start: "09:30", end: "16:00" }] }),
    entry({ uid: "b", days: [{ date: "2026-06-18", start: "09:30", end: "12:00" }] }),
    entry({ uid: "c", days: [{ date: "2026-03-28", start: "09:30", end: "10:00" }] }),
    entry({ uid: "d", days: [{ date: "2026-03-29", start: "09:30", end: "10:00" }] }),
    entry({ uid: "e", days: [{ date: "2026-10-25", start: "09:30", end: "10:00" }] }),
  ]);
  assert.deepEqual(events.map(utc), [
    ["2026-03-12T08:30:00.000Z", "2026-03-12T15:00:00.000Z"],
    ["2026-06-18T07:30:00.000Z", "2026-06-18T10:00:00.000Z"],
    ["2026-03-28T08:30:00.000Z", "2026-03-28T09:00:00.000Z"],
    ["2026-03-29T07:30:00.000Z", "2026-03-29T08:00:00.000Z"],
    ["2026-10-25T08:30:00.000Z", "2026-10-25T09:00:00.000Z"],
  ]);
  assert.equal(events[0].startDate.zone?.tzid, "Europe/Berlin");
  assert.match(toICalendar("K", [entry({ days: [{ date: "2026-03-12", start: "09:30" }] })]), /\r\nDTSTART;TZID=Europe\/Berlin:20260312T093000\r\n/);
});

// Local → UTC is what clients do with our DTSTARTs; 02:xx is skipped as it is missing or ambiguous on switch days.
test("the VTIMEZONE agrees with the tz database on every day 2024–2030", () => {
  const zone = new ICAL.Timezone(parse([]).calendar.getFirstSubcomponent("vtimezone")!);
  const berlin = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin", dateStyle: "short", timeStyle: "short" });
  for (let day = new Date("2024-01-01T00:00:00Z"); day.getUTCFullYear() < 2031; day.setUTCDate(day.getUTCDate() + 1)) {
    for (const hour of [1, 3, 12]) {
      const [year, month, date] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
      const instant = ICAL.Time.fromData({ year, month, day: date, hour, minute: 30 }, zone).toJSDate();
      const expected = `${day.toISOString().slice(0, 10)} ${String(hour).padStart(2, "0")}:30`;
      assert.equal(berlin.format(instant), expected);
    }
  }
});

test("an event ending after midnight ends on the next day", () => {
  const { events } = parse([entry({ days: [{ date: "2026-07-03", start: "20:00", end: "02:00" }] })]);
  assert.deepEqual(utc(events[0]), ["2026-07-03T18:00:00.000Z", "2026-07-04T00:00:00.000Z"]);
});

test("all-day events use DATE values with an exclusive end", () => {
  const text = toICalendar("K", [entry({})]);
  assert.match(text, /\r\nDTSTART;VALUE=DATE:20260312\r\nDTEND;VALUE=DATE:20260313\r\n/);
  const [event] = parse([entry({})]).events;
  assert.equal(event.startDate.isDate, true);
  assert.equal(event.startDate.toString(), "2026-03-12");
  assert.equal(event.endDate.toString(), "2026-03-13");
  assert.equal(event.uid, "event-1@k360");
});

test("a multi-day entry with the same times becomes one event per day", () => {
  const days = ["2026-05-06", "2026-05-05"].map((date) => ({ date, start: "09:00", end: "17:00" }));
  const { events } = parse([entry({ days })]);
  assert.deepEqual(
    events.map((e) => e.uid),
    ["event-1@k360-1", "event-1@k360-2"],
  );
  assert.deepEqual(events.map(utc), [
    ["2026-05-05T07:00:00.000Z", "2026-05-05T15:00:00.000Z"],
    ["2026-05-06T07:00:00.000Z", "2026-05-06T15:00:00.000Z"],
  ]);
});

test("consecutive all-day days form one span, gaps split them", () => {
  const span = parse([entry({ days: [{ date: "2026-12-31" }, { date: "2027-01-01" }, { date: "2027-01-02" }] })]).events;
  assert.deepEqual(
    span.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString()]),
    [["event-1@k360", "2026-12-31", "2027-01-03"]],
  );
  const split = parse([entry({ days: [{ date: "2026-03-12" }, { date: "2026-03-14" }] })]).events;
  assert.deepEqual(
    split.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString()]),
    [
      ["event-1@k360-1", "2026-03-12", "2026-03-13"],
      ["event-1@k360-2", "2026-03-14", "2026-03-15"],
    ],
  );
});

test("text is escaped and round-trips", () => {
  const description = "Anmeldung bis 1.3.\nBitte mitbringen: Laptop; Ladekabel, Ausweis\\Pass";
  const text = toICalendar("Jugendhilfe, Bonn", [entry({ location: "Bonn; Raum 3, EG", description, url: "https://k360.de/termine/1" })]);
  assert.match(text, /\r\nLOCATION:Bonn\\; Raum 3\\, EG\r\n/);
  assert.match(text, /\r\nX-WR-CALNAME:Jugendhilfe\\, Bonn\r\n/);
  assert.match(text, /DESCRIPTION:Anmeldung bis 1\.3\.\\nBitte/);
  const [event] = parse([entry({ location: "Bonn; Raum 3, EG", description, url: "https://k360.de/termine/1" })]).events;
  assert.equal(event.location, "Bonn; Raum 3, EG");
  assert.equal(event.description, description);
  assert.equal(event.component.getFirstPropertyValue("url"), "https://k360.de/termine/1");
});

test("long lines fold at 75 octets without splitting umlauts or emoji", () => {
  for (let shift = 0; shift < 8; shift++) {
    const title = `${"x".repeat(shift)}Beteiligung 🎉 für Jugendliche – Überblick über Ämter ${"äöü🎈".repeat(12)} Ende`;
    const text = toICalendar("K", [entry({ title })]);
    for (const line of text.split("\r\n")) {
      assert.ok(Buffer.byteLength(line) <= 75, `too long: ${line}`);
      assert.ok(!line.includes("\uFFFD") && Buffer.from(line).toString() === line, `split character in: ${line}`);
    }
    assert.equal(parse([entry({ title })]).events[0].summary, title);
  }
});

test("cancelled entries carry STATUS:CANCELLED and their sequence", () => {
  const [cancelled, confirmed] = parse([entry({ uid: "a", cancelled: true, sequence: 2 }), entry({ uid: "b" })]).events;
  assert.equal(cancelled.component.getFirstPropertyValue("status"), "CANCELLED");
  assert.equal(cancelled.sequence, 2);
  assert.equal(confirmed.component.getFirstPropertyValue("status"), "CONFIRMED");
  assert.equal(cancelled.component.getFirstPropertyValue("dtstamp")?.toString(), "2026-02-01T10:00:00Z");
});

test("every line ends with CRLF", () => {
  const text = toICalendar("K", [entry({ description: "a\nb\r\nc", title: "x".repeat(200) })]);
  assert.ok(text.endsWith("\r\n"));
  assert.equal(text.replaceAll("\r\n", "").match(/[\r\n]/), null);
});

test("malformed days are rejected instead of producing a broken feed", () => {
  assert.throws(() => toICalendar("K", [entry({ days: [{ date: "12.03.2026" }] })]), /Ungültiger Termin/);
  assert.throws(() => toICalendar("K", [entry({ days: [{ date: "2026-03-12", start: "9:30" }] })]), /Ungültiger Termin/);
});

test("file names are ascii slugs", () => {
  assert.equal(icsFileName("Fachtag Jugendhilfe: Übergänge gestalten!"), "fachtag-jugendhilfe-uebergaenge-gestalten.ics");
  assert.equal(icsFileName("Straßenfest in Köln"), "strassenfest-in-koeln.ics");
  assert.equal(icsFileName("🎉"), "termin.ics");
});
