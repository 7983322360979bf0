import { test } from "node:test";
import assert from "node:assert/strict";
import { coveringMeetings, type Meeting } from "./covered.ts";

const meeting = (id: number, title: string): Meeting => ({ id, title, text: title, date: "2026-05-06", held: true });
const meetings = [
  meeting(1, "AG-Treffen: Knappe Ressourcen priorisieren"),
  meeting(2, "AG-Treffen: Politik und Verwaltung im Gespräch"),
  meeting(3, "AG-Treffen: Beteiligung von Trägern und Adressat:innen"),
];

test("a group's topics are covered by the meetings whose words begin like the topics' words", () => {
  assert.deepEqual(
    coveringMeetings(["Priorisierung knapper Ressourcen"], meetings).map((m) => m.id),
    [1],
  );
  assert.deepEqual(
    coveringMeetings(["Politische Kommunikation", "Kooperation mit freien Trägern"], meetings).map((m) => m.id),
    [2, 3],
  );
});

test("words every meeting of this field shares do not count, nor short words", () => {
  assert.deepEqual(coveringMeetings(["Kinder- und Jugendförderplan", "Gesundes Aufwachsen"], meetings), []);
  assert.deepEqual(coveringMeetings(["Kita und Co"], meetings), []);
});
