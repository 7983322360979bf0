import { test } from "node:test";
import assert from "node:assert/strict";
import { easterSunday, holidaysOfYear, holidaysOn } from "./holidays.ts";

const ALL = Array.from({ length: 16 }, (_, i) => String(i + 1).padStart(2, "0"));
const names = (date: string, states?: string[]) => holidaysOn(date, states).map((h) => h.name);
const statesOf = (date: string) => holidaysOn(date).flatMap((h) => h.states);

test("Easter Sunday follows the Gregorian computus, including its edge cases", () => {
  const known: Record<number, string> = {
    1954: "1954-04-18", // one of the two exceptions of Gauss' original rule
    1981: "1981-04-19", // the other one
    2024: "2024-03-31",
    2025: "2025-04-20",
    2026: "2026-04-05",
    2027: "2027-03-28",
    2030: "2030-04-21",
    2038: "2038-04-25", // latest possible date
    2285: "2285-03-22", // earliest possible date
  };
  for (const [year, date] of Object.entries(known)) assert.equal(easterSunday(Number(year)), date);
  assert.deepEqual(names("2026-04-05", ["12"]), ["Ostersonntag"]);
  assert.deepEqual(names("2026-04-05", ["06"]), []);
});

test("the movable feasts of 2026 hang off Easter", () => {
  assert.deepEqual(names("2026-04-03"), ["Karfreitag"]);
  assert.deepEqual(names("2026-04-06"), ["Ostermontag"]);
  assert.deepEqual(names("2026-05-14"), ["Christi Himmelfahrt"]);
  assert.deepEqual(names("2026-05-24"), ["Pfingstsonntag"]);
  assert.deepEqual(names("2026-05-25"), ["Pfingstmontag"]);
  assert.deepEqual(statesOf("2026-04-03"), ALL);
});

test("Fronleichnam is a holiday in NW but not in NI, nor in SN or TH as a whole", () => {
  assert.deepEqual(names("2026-06-04", ["05"]), ["Fronleichnam"]);
  assert.deepEqual(names("2026-06-04", ["03"]), []);
  assert.deepEqual(statesOf("2026-06-04"), ["05", "06", "07", "08", "09", "10"]);
});

test("Buß- und Bettag is the Wednesday before 23 November, in Sachsen only", () => {
  assert.deepEqual(names("2026-11-18", ["14"]), ["Buß- und Bettag"]);
  assert.deepEqual(names("2026-11-18", ["09"]), []);
  const dates = [2022, 2024, 2025, 2027, 2028].map((year) => holidaysOfYear(year).find((h) => h.name === "Buß- und Bettag")?.date);
  assert.deepEqual(dates, ["2022-11-16", "2024-11-20", "2025-11-19", "2027-11-17", "2028-11-22"]);
});

test("Reformationstag applies in the north since 2018", () => {
  assert.deepEqual(names("2026-10-31", ["03"]), ["Reformationstag"]);
  assert.deepEqual(statesOf("2026-10-31"), ["01", "02", "03", "04", "12", "13", "14", "15", "16"]);
  assert.deepEqual(statesOf("2016-10-31"), ["12", "13", "14", "15", "16"]);
  assert.deepEqual(names("2026-10-31", ["05", "11"]), []);
});

test("Frauentag and Weltkindertag count from the year they were introduced", () => {
  assert.deepEqual(statesOf("2026-03-08"), ["11", "13"]);
  assert.deepEqual(statesOf("2022-03-08"), ["11"]);
  assert.deepEqual(statesOf("2018-03-08"), []);
  assert.deepEqual(names("2026-09-20", ["16"]), ["Weltkindertag"]);
  assert.deepEqual(statesOf("2026-09-20"), ["16"]);
  assert.deepEqual(statesOf("2018-09-20"), []);
});

test("partial holidays are left out and Berlin's one-off 8 May 2025 is in", () => {
  assert.deepEqual(statesOf("2026-08-15"), ["10"]);
  assert.deepEqual(names("2026-08-15", ["09"]), []);
  assert.deepEqual(names("2025-05-08", ["11"]), ["Tag der Befreiung"]);
  assert.deepEqual(names("2026-05-08"), []);
});

test("each state has its usual number of holidays and the list is sorted", () => {
  const holidays = holidaysOfYear(2026);
  assert.deepEqual(
    holidays.map((h) => h.date),
    holidays.map((h) => h.date).sort(),
  );
  const count = (state: string) => holidays.filter((h) => h.states.includes(state)).length;
  const expected = {
    "01": 10,
    "02": 10,
    "03": 10,
    "04": 10,
    "05": 11,
    "06": 10,
    "07": 11,
    "08": 12,
    "09": 12,
    "10": 12,
    "11": 10,
    "12": 12,
    "13": 11,
    "14": 11,
    "15": 11,
    "16": 11,
  };
  assert.deepEqual(Object.fromEntries(ALL.map((state) => [state, count(state)])), expected);
});

test("holidaysOn filters by state and rejects malformed dates", () => {
  assert.deepEqual(names("2026-01-06"), ["Heilige Drei Könige"]);
  assert.deepEqual(names("2026-01-06", ["05"]), []);
  assert.deepEqual(names("2026-01-06", ["05", "15"]), ["Heilige Drei Könige"]);
  assert.deepEqual(names("2026-03-12"), []);
  assert.throws(() => holidaysOn("12.03.2026"), /Ungültiges Datum/);
});

test("returned holidays do not share state lists with each other", () => {
  holidaysOfYear(2026)[0].states.pop();
  assert.deepEqual(holidaysOfYear(2026)[0].states, ALL);
});
