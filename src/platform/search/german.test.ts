import { test } from "node:test";
import assert from "node:assert/strict";
import { analyze, decompound, indexText, isStopword, normalizeWord, stemWord, tokenize } from "./german.ts";

const termOf = (word: string) => analyze(word)[0].term;
const indexed = (text: string) => new Set(indexText(text).split(" "));

test("transliterations become umlauts before stemming, as in Snowball's german2", () => {
  assert.equal(normalizeWord("Jugendaemter"), "jugendämter");
  assert.equal(normalizeWord("Straße"), "strasse");
  assert.equal(normalizeWord("Ueberblick"), "überblick");
  assert.equal(normalizeWord("Quelle"), "quelle");
  assert.equal(normalizeWord("Steuer"), "steuer", "no ü after a vowel");
  assert.equal(normalizeWord("Ju\u0308gendamt"), "jügendamt", "decomposed input is composed");
});

test("spellings of one word give one ASCII term", () => {
  assert.equal(stemWord("Jugendämter"), stemWord("Jugendamt"));
  assert.equal(stemWord("Jugendaemter"), stemWord("Jugendamt"));
  assert.equal(stemWord("JUGENDÄMTERN"), stemWord("Jugendamt"));
  assert.equal(stemWord("Straße"), stemWord("Strasse"));
  assert.equal(stemWord("Familien"), stemWord("Familie"));
  assert.equal(stemWord("Lehrerinnen"), stemWord("Lehrer"));
  assert.equal(stemWord("Kitas"), stemWord("Kita"));
  assert.equal(stemWord("Handys"), stemWord("Handy"));
  assert.notEqual(stemWord("Haus"), stemWord("Hau"));
  for (const word of ["Jugendämter", "Größe", "Café", "Übergänge", "Prüfung", "ﬁnanziell"]) {
    assert.match(stemWord(word), /^[a-z0-9]+$/, word);
  }
});

test("stopwords include articles, auxiliaries and the fillers of problem statements", () => {
  for (const word of ["der", "und", "nicht", "kaum", "wir", "unsere", "haben", "gibt", "es", "für", "x"]) {
    assert.ok(isStopword(normalizeWord(word)), word);
  }
  for (const word of ["jugend", "armut", "hilfe", "raum", "kita", "2024"]) assert.ok(!isStopword(word), word);
});

test("tokens keep their place in the text; hyphenated compounds stay one token", () => {
  const text = "Die Jugendhilfe-Planung (KJSG)";
  assert.deepEqual(
    tokenize(text).map((t) => [t.surface, text.slice(t.start, t.end)]),
    [
      ["Die", "Die"],
      ["Jugendhilfe-Planung", "Jugendhilfe-Planung"],
      ["KJSG", "KJSG"],
    ],
  );
});

test("a truncated compound implies the word it stands for", () => {
  const implied = (text: string) =>
    tokenize(text)
      .filter((t) => t.implied)
      .map((t) => [t.surface, text.slice(t.start, t.end)]);
  assert.deepEqual(implied("Kinder- und Jugendhilfe"), [["Kinderhilfe", "Kinder"]]);
  assert.deepEqual(implied("Kinder-, Jugend- und Familienhilfe"), [
    ["Kinderhilfe", "Kinder"],
    ["Jugendhilfe", "Jugend"],
  ]);
  assert.deepEqual(implied("Schul- bzw. Jugendhilfeplanung"), [["Schulplanung", "Schul"]]);
  assert.deepEqual(implied("Kinder- und Jugendstärkungsgesetz"), [["Kinderstärkungsgesetz", "Kinder"]]);
  assert.deepEqual(implied("Kinder- Jugendhilfe"), [], "no conjunction, no truncation");
  assert.ok(indexed("Kinder- und Jugendhilfe").has(stemWord("Kinderhilfe")));
});

test("compounds split into lexicon parts, the last part may be inflected", () => {
  assert.deepEqual(decompound("beteiligungsformaten"), ["beteiligung", "formaten"]);
  assert.deepEqual(decompound("Armutslagen"), ["armut", "lagen"]);
  assert.deepEqual(decompound("Kinderarmut"), ["kinder", "armut"]);
  assert.deepEqual(decompound("Jugendaemter"), ["jugend", "ämter"]);
  assert.deepEqual(decompound("Kitaeltern"), ["kita", "eltern"], "transliteration is resolved per part");
  assert.deepEqual(decompound("Jugend-Hilfe"), ["jugend", "hilfe"]);
});

test("nested compounds list their parts before themselves and end with the head", () => {
  assert.deepEqual(decompound("Jugendhilfeplanung"), ["jugend", "hilfe", "jugendhilfe", "planung"]);
  assert.deepEqual(decompound("Schulentwicklungsplanung"), ["schul", "entwicklung", "schulentwicklung", "planung"]);
  assert.deepEqual(decompound("Autoreise"), ["auto", "reise"], "a head from the lexicon beats an inflected one");
});

test("simple words do not split", () => {
  for (const word of ["Beteiligung", "Verwaltung", "Erziehung", "Armut", "Nachteile", "Bettlern", "England", "Lehrende", "Jugendliche"]) {
    assert.deepEqual(decompound(word), [], word);
  }
});

test("analysis drops stopwords and gives each word its term and stemmed parts", () => {
  const tokens = analyze("Wir haben kaum Beteiligungsformate für die 12 Jugendlichen.");
  assert.deepEqual(
    tokens.map((t) => [t.surface, t.term, t.parts]),
    [
      ["Beteiligungsformate", "beteiligungsformat", ["beteil", "format"]],
      ["12", "12", []],
      ["Jugendlichen", "jugend", []],
    ],
  );
  assert.deepEqual(
    analyze("KJSG, HzE und SGB VIII").map((t) => t.term),
    ["kjsg", "hze", "sgb", "viii"],
  );
});

test("Kinderarmut and Armut share a term both ways", () => {
  assert.ok(indexed("Kinderarmut im Quartier").has(termOf("Armut")), "the index of Kinderarmut holds armut");
  assert.ok(analyze("Kinderarmut")[0].parts.includes(termOf("Armut")), "Kinderarmut's head is armut");
  assert.ok(analyze("Schulentwicklungsplanung")[0].parts.includes(termOf("Planung")));
  assert.ok(indexed("Armutslagen").has(termOf("Lage")));
});

test("index text holds each term followed by its parts, nothing but a-z0-9", () => {
  assert.equal(indexText("Die Jugendämter"), "jugendamt jugend amt");
  assert.match(indexText("<b>Straße</b> & 'Größe' -- ǅ ☃ Ωmega ﬁx"), /^[a-z0-9 ]*$/);
});

test("long or hostile input is analysed without overlong terms", () => {
  const terms = indexText("Kinderarmut Beteiligungsformate xyzxyzxyz ".repeat(250) + "a".repeat(10_000)).split(" ");
  assert.ok(terms.includes("armut") && terms.includes("beteil"));
  assert.ok(
    terms.every((t) => t.length <= 64),
    "a 10,000-letter word is no term",
  );
});
