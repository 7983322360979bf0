import { test } from "node:test";
import assert from "node:assert/strict";
import { indexText } from "./german.ts";
import { conceptTerms, parseQuery, type Concept, type Thesaurus } from "./query.ts";

const thesaurus: Thesaurus = [
  ["KJSG", "Kinder- und Jugendstärkungsgesetz"],
  ["HzE", "Hilfen zur Erziehung"],
  ["JHA", "Jugendhilfeausschuss"],
  ["Sozialraum", "Planungsraum"],
];

/** What the database does with the tsquery: some concept has an alternative whose terms all occur. */
function finds(query: string, document: string): boolean {
  const terms = new Set(indexText(document).split(" "));
  return parseQuery(query, thesaurus).some((c) => c.alternatives.some((a) => a.terms.every((t) => terms.has(t))));
}

const termSets = (concept: Concept) => concept.alternatives.map((a) => a.terms.join(" "));

test("a compound is the word, all its parts, its head or, weaker, its other parts", () => {
  assert.deepEqual(parseQuery("Kinderarmut", []), [
    {
      label: "Kinderarmut",
      alternatives: [
        { terms: ["kinderarmut"], weight: 1 },
        { terms: ["kind", "armut"], weight: 0.9 },
        { terms: ["armut"], weight: 0.6 },
        { terms: ["kind"], weight: 0.4 },
      ],
    },
  ]);
});

test("Kinderarmut finds Armut and Armut finds Kinderarmut", () => {
  assert.ok(finds("Kinderarmut", "Armut in Familien"));
  assert.ok(finds("Armut", "Kinderarmut bekämpfen"));
  assert.ok(finds("Armutslagen", "Lagen der Armut"));
  assert.ok(finds("Jugendaemter", "Die Jugendämter"));
  assert.ok(!finds("Kinderarmut", "Jugendhilfeplanung"));
});

test("stopwords go, repeated words count once, the number of concepts is bounded", () => {
  assert.deepEqual(
    parseQuery("Wir haben kaum Beteiligung und es gibt nicht genug Beteiligung im Quartier", []).map((c) => c.label),
    ["Beteiligung", "Quartier"],
  );
  assert.deepEqual(parseQuery("und oder aber nicht", []), []);
  const many = "Armut Bildung Kita Schule Jugend Familie Planung Daten Bericht Netzwerk Quartier Teilhabe Inklusion Sport";
  assert.equal(parseQuery(many, []).length, 12);
  assert.equal(parseQuery(many, [], { maxConcepts: 3 }).length, 3);
});

test("an abbreviation expands to its long form and back", () => {
  const [kjsg, umsetzung] = parseQuery("KJSG Umsetzung", thesaurus);
  assert.equal(kjsg.label, "KJSG");
  assert.deepEqual(termSets(kjsg), ["kjsg", "kind jugendstarkungsgesetz"]);
  assert.deepEqual(
    kjsg.alternatives.map((a) => a.weight),
    [1, 0.9],
  );
  assert.deepEqual(termSets(umsetzung), ["umsetz"]);

  const [, law] = parseQuery("Umsetzung des Kinder- und Jugendstärkungsgesetzes", thesaurus);
  assert.equal(law.label, "Kinder- und Jugendstärkungsgesetzes");
  assert.deepEqual(termSets(law), ["kind jugendstarkungsgesetz", "kjsg"]);
});

test("all four thesaurus groups work in both directions, from query to document", () => {
  const pairs = [
    ["KJSG", "Kinder- und Jugendstärkungsgesetz"],
    ["HzE", "Hilfen zur Erziehung"],
    ["JHA", "Jugendhilfeausschuss"],
    ["Sozialraum", "Planungsraum"],
  ];
  for (const [short, long] of pairs) {
    assert.ok(finds(short, `Bericht über ${long} im Landkreis`), `${short} → ${long}`);
    assert.ok(finds(long, `Bericht über ${short} im Landkreis`), `${long} → ${short}`);
  }
  assert.ok(finds("Hilfen zur Erziehung", "Die HzE-Kosten steigen"), "a hyphenated abbreviation still matches");
  assert.ok(finds("Planungsräume", "Daten pro Sozialraum"), "an inflected form matches the group");
});

test("the terms of the concepts, each once", () => {
  assert.deepEqual(conceptTerms(parseQuery("KJSG Umsetzung", thesaurus)), ["kjsg", "kind", "jugendstarkungsgesetz", "umsetz"]);
});

test("nothing from the user reaches a query but a-z0-9 terms", () => {
  const hostile = [
    "'); drop table x; --",
    "a & b | !c:*",
    "<script>alert(1)</script>",
    "Armut\\' OR 1=1 --",
    'Kita:* & !"Schule" <-> (Hort)',
    "ǅ ☃ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u0000 \u202e",
  ];
  for (const query of hostile) {
    for (const term of conceptTerms(parseQuery(query, thesaurus))) assert.match(term, /^[a-z0-9]+$/, query);
  }
  assert.deepEqual(parseQuery("a & b | !c:*", thesaurus), []);
});

test("a huge query is cut to a bounded number of concepts", () => {
  const huge = "Kinderarmut & Beteiligung | Jugendhilfeplanung ".repeat(400).slice(0, 10_000) + " Zirkuspädagogik";
  const concepts = parseQuery(huge, thesaurus);
  assert.ok(concepts.length <= 12);
  assert.ok(!conceptTerms(concepts).some((t) => t.startsWith("zirkus")), "words after the cut are not read");
});
