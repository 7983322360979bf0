import { test } from "node:test";
import assert from "node:assert/strict";
import { snippet, type SnippetSegment } from "./snippet.ts";

const joined = (segments: SnippetSegment[]) => segments.map((s) => s.text).join("");
const hits = (segments: SnippetSegment[]) => segments.filter((s) => s.hit).map((s) => s.text);
const filler = (words: number) => Array.from({ length: words }, (_, i) => `Satzteil${i}`).join(" ");

test("a short text comes whole, with matching words marked", () => {
  const segments = snippet("Kinderarmut im Quartier: Armut und Hilfen.", new Set(["armut", "hilf"]));
  assert.deepEqual(segments, [
    { text: "Kinderarmut", hit: true },
    { text: " im Quartier: ", hit: false },
    { text: "Armut", hit: true },
    { text: " und ", hit: false },
    { text: "Hilfen", hit: true },
    { text: ".", hit: false },
  ]);
});

test("the window holds the most distinct terms, cut at words, with ellipses", () => {
  const text = `Armut am Anfang. ${filler(60)} Hier geht es um Armut und Beteiligung der Jugendlichen. ${filler(60)}`;
  const segments = snippet(text, new Set(["armut", "beteil", "jugend"]), 120);
  assert.deepEqual(hits(segments), ["Armut", "Beteiligung", "Jugendlichen"]);
  const shown = joined(segments);
  assert.ok(shown.length <= 120);
  assert.ok(shown.startsWith("…") && shown.endsWith("…"));
  assert.match(shown, /^…Satzteil\d+ /, "cut before a whole word");
  assert.match(shown, / Satzteil\d+…$/, "cut after a whole word");
  assert.ok(text.includes(shown.slice(1, -1)));
});

test("an implied word marks the truncated word it completes", () => {
  assert.deepEqual(hits(snippet("Die Kinder- und Jugendhilfe", new Set(["kinderhilf"]))), ["Kinder"]);
});

test("without a match the text starts the snippet", () => {
  const text = `${filler(100)}`;
  const segments = snippet(text, new Set(["armut"]), 80);
  assert.equal(segments.length, 1);
  assert.equal(segments[0].hit, false);
  assert.ok(segments[0].text.startsWith("Satzteil0 Satzteil1"));
  assert.ok(segments[0].text.endsWith("…") && segments[0].text.length <= 80);
});

test("markup stays plain text for the caller to escape, whitespace is collapsed", () => {
  const segments = snippet("<b>Armut</b>\n\n  <script>x</script>", new Set(["armut"]));
  assert.deepEqual(segments, [
    { text: "<b>", hit: false },
    { text: "Armut", hit: true },
    { text: "</b> <script>x</script>", hit: false },
  ]);
});

test("a text without spaces is still cut to length", () => {
  const segments = snippet("x".repeat(1000), new Set(["armut"]), 50);
  assert.ok(joined(segments).length <= 50);
});
