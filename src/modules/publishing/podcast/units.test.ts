import { test } from "node:test";
import assert from "node:assert/strict";
import { checkAudio } from "./rules/audio-file.ts";
import { chaptersJson, parseChapters } from "./rules/chapters.ts";
import { formatDuration } from "./rules/format.ts";
import { parseRange } from "./rules/ranges.ts";
import { silentMp3 } from "./rules/silence.ts";
import { m4aHeader } from "./testing.ts";
import { berlinInstant, todayInGermany } from "../../../platform/dates.ts";

test("range headers: closed, open-ended, suffix, unsatisfiable and ignored ones", () => {
  assert.deepEqual(parseRange("bytes=0-99", 1000), { start: 0, end: 99 });
  assert.deepEqual(parseRange("bytes=900-", 1000), { start: 900, end: 999 });
  assert.deepEqual(parseRange("bytes=-100", 1000), { start: 900, end: 999 });
  assert.deepEqual(parseRange("bytes=-5000", 1000), { start: 0, end: 999 });
  assert.deepEqual(parseRange("bytes=990-2000", 1000), { start: 990, end: 999 });
  assert.equal(parseRange("bytes=1000-", 1000), "unsatisfiable");
  assert.equal(parseRange("bytes=-0", 1000), "unsatisfiable");
  for (const ignored of [undefined, "", "bytes=5-1", "items=0-1", "bytes=0-1,5-9", "bytes=-", "bytes=abc"])
    assert.equal(parseRange(ignored, 1000), null, String(ignored));
});

test("chapters: one per line with hours or without, ascending, German messages with the line", () => {
  const parsed = parseChapters("00:00:00 Begrüßung\n\n12:30 Beteiligung im ländlichen Raum\n1:02:03 Ausblick");
  assert.deepEqual(parsed, {
    chapters: [
      { start: 0, title: "Begrüßung" },
      { start: 750, title: "Beteiligung im ländlichen Raum" },
      { start: 3723, title: "Ausblick" },
    ],
  });
  assert.deepEqual(chaptersJson([{ start: 750, title: "A" }]), { version: "1.2.0", chapters: [{ startTime: 750, title: "A" }] });
  assert.match((parseChapters("00:10:00 Zwei\n00:05:00 Eins") as { error: string }).error, /^Zeile 2: .*aufsteigend/);
  assert.match((parseChapters("Einleitung ohne Zeit") as { error: string }).error, /^Zeile 1: Bitte beginnen Sie jede Zeile mit der Startzeit/);
  assert.match((parseChapters("00:61:00 Zu viele Minuten") as { error: string }).error, /^Zeile 1/);
});

test("durations read as German listeners expect them", () => {
  assert.equal(formatDuration(9), "9 Sek.");
  assert.equal(formatDuration(38 * 60 + 10), "38 Min.");
  assert.equal(formatDuration(65 * 60), "1 Std. 5 Min.");
  assert.equal(formatDuration(120 * 60), "2 Std.");
});

test("a publication day starts at midnight German time, in winter and in summer", () => {
  assert.equal(berlinInstant("2026-01-20", "00:00").toISOString(), "2026-01-19T23:00:00.000Z");
  assert.equal(berlinInstant("2026-07-01", "00:00").toISOString(), "2026-06-30T22:00:00.000Z");
  assert.equal(todayInGermany(berlinInstant("2026-03-29", "00:00")), "2026-03-29");
});

test("generated silence is a real MP3 whose length is read back exactly", async () => {
  for (const seconds of [3, 9, 60]) {
    const checked = await checkAudio("stille.mp3", silentMp3(seconds));
    assert.deepEqual(checked, { ok: true, fileName: "stille.mp3", type: "audio/mpeg", durationSeconds: seconds });
  }
});

test("audio uploads are recognised by their first bytes; anything else gets a German message", async () => {
  assert.deepEqual(await checkAudio("folge.m4a", m4aHeader(95)), { ok: true, fileName: "folge.m4a", type: "audio/mp4", durationSeconds: 95 });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  assert.deepEqual(await checkAudio("folge.mp3", png), { ok: false, error: "Die Datei ist keine echte MP3-Datei. Bitte prüfen Sie sie." });
  assert.deepEqual(await checkAudio("folge.mp3", Buffer.from("Das ist nur Text.")), {
    ok: false,
    error: "Die Datei ist keine echte MP3-Datei. Bitte prüfen Sie sie.",
  });
  assert.deepEqual(await checkAudio("folge.m4a", silentMp3(3)), { ok: false, error: "Die Datei ist keine echte M4A-Datei. Bitte prüfen Sie sie." });
  assert.deepEqual(await checkAudio("folge.wav", silentMp3(3)), { ok: false, error: "Bitte laden Sie eine MP3- oder M4A-Datei hoch." });
  assert.deepEqual(await checkAudio("folge.mp3", Buffer.alloc(0)), { ok: false, error: "Die Datei ist leer." });
  const brokenTag = Buffer.concat([Buffer.from("ID3"), Buffer.from([4, 0, 0, 0x7f, 0x7f, 0x7f, 0x7f]), Buffer.from("kein Ton")]);
  assert.match((await checkAudio("folge.mp3", brokenTag)).ok ? "" : "beschädigt", /beschädigt/);
  const brokenMp4 = Buffer.concat([m4aHeader(10).subarray(0, 40)]);
  assert.equal((await checkAudio("folge.m4a", brokenMp4)).ok, false);
});
