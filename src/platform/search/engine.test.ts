import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { search, browse } from "./engine.ts";
import { indexDocument, removeDocument } from "./indexer.ts";
import { saveSynonyms } from "./thesaurus.ts";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
const kind = "probe";
const docs = [
  { id: 1, title: "Kinderarmut im Quartier begegnen", body: "Ein Netzwerk gegen Kinderarmut mit Kitas und Schulen." },
  { id: 2, title: "Familien mit wenig Geld erreichen", body: "Armut in Familien zeigt sich früh; wir gehen in die Wohngebiete." },
  { id: 3, title: "Jugendämter teilen Fachkräfte", body: "Zwei Jugendämter gründen einen gemeinsamen Pool für den Bereitschaftsdienst." },
  { id: 4, title: "Straßensozialarbeit neu aufgestellt", body: "Mobile Teams arbeiten abends in der Innenstadt." },
  { id: 5, title: "Jugendhilfeplanung mit Daten", body: "Die Jugendhilfeplanung nutzt kleinräumige Daten aus dem Sozialmonitoring." },
  { id: 6, title: "Hilfen zur Erziehung steuern", body: "Ambulante Hilfen zur Erziehung statt Heimunterbringung, wo es passt." },
  { id: 7, title: "KJSG umsetzen", body: "Die inklusive Lösung wird vorbereitet; Verfahrenslotsen beraten Familien." },
  { id: 8, title: "Geheimer Bericht über Kinderarmut", body: "Nur für die eigene Kommune: Zahlen zur Armut im Landkreis.", audience: "municipality:999999" },
  { id: 9, title: "Beteiligung, die scheiterte", body: "Die Onlineplattform für Beteiligung nutzte niemand.", hasFailures: true, topics: ["beteiligung"] },
];

const ids = async (query: string, audiences: string[] | null = ["public"]) =>
  (await search(site.database.db, { query, audiences, filters: { kinds: [kind] }, limit: 10 })).hits.map((h) => h.id);

before(async () => {
  site = await startTestApp();
  for (const doc of docs) await indexDocument(site.database.db, { kind, audience: "public", ...doc });
});
after(() => site.close());

test("a compound finds its parts and the parts find the compound", async () => {
  const forArmut = await ids("Armut");
  assert.ok(forArmut.includes(1) && forArmut.includes(2), `Armut → ${forArmut}`);
  const forKinderarmut = await ids("Kinderarmut");
  assert.equal(forKinderarmut[0], 1);
  assert.ok(forKinderarmut.includes(2), `Kinderarmut → ${forKinderarmut}`);
});

test("umlauts and their spellings, ß and ss find the same words", async () => {
  assert.equal((await ids("Jugendaemter"))[0], 3);
  assert.equal((await ids("Jugendamt"))[0], 3);
  assert.equal((await ids("Strassensozialarbeit"))[0], 4);
});

test("a small typo still finds the word", async () => {
  const result = await search(site.database.db, { query: "Jugendhilfeplnung", audiences: ["public"], filters: { kinds: [kind] }, limit: 10 });
  assert.equal(result.hits[0]?.id, 5);
  assert.deepEqual(result.corrected, ["Jugendhilfeplnung"]);
});

test("the team's thesaurus works in both directions and applies at once", async () => {
  assert.equal((await ids("HzE"))[0], 6);
  assert.equal((await ids("Kinder- und Jugendstärkungsgesetz"))[0], 7);
  assert.deepEqual(await ids("Streetwork"), []);
  await saveSynonyms(site.database.db, null, ["Streetwork", "Straßensozialarbeit"]);
  assert.equal((await ids("Streetwork"))[0], 4);
});

test("nobody finds a document outside their audiences; the team finds everything", async () => {
  assert.ok(!(await ids("geheimer Bericht Kinderarmut")).includes(8));
  assert.ok((await ids("geheimer Bericht Kinderarmut", ["public", "municipality:999999"])).includes(8));
  assert.equal((await ids("geheimer Bericht Kinderarmut", null))[0], 8);
});

test("filters narrow the hits: only reports that tell what did not work", async () => {
  const result = await search(site.database.db, {
    query: "Beteiligung Plattform",
    audiences: ["public"],
    filters: { kinds: [kind], failuresOnly: true },
    limit: 10,
  });
  assert.deepEqual(
    result.hits.map((h) => h.id),
    [9],
  );
  const listed = await browse(site.database.db, { audiences: ["public"], filters: { kinds: [kind], topic: "beteiligung" }, limit: 10 });
  assert.deepEqual(
    listed.hits.map((h) => h.id),
    [9],
  );
});

test("syntax of SQL and tsquery, markup and very long input are only words", async () => {
  for (const query of [
    "'); drop table search_documents; --",
    "a & b | !c:* <-> (d)",
    "<script>alert('x')</script>",
    "Armut ".repeat(2000),
    "\\ ' \" :: * !!",
  ]) {
    const result = await search(site.database.db, { query, audiences: ["public"], filters: { kinds: [kind] }, limit: 10 });
    assert.ok(Array.isArray(result.hits));
  }
  assert.ok((await ids("Armut")).length > 0, "the index is unharmed");
});

test("a removed document is no longer found and the vocabulary forgets its words", async () => {
  await indexDocument(site.database.db, { kind, id: 50, audience: "public", title: "Zirkuspädagogik", body: "Ein Zirkusprojekt." });
  assert.deepEqual(await ids("Zirkuspädagogik"), [50]);
  await removeDocument(site.database.db, kind, 50);
  assert.deepEqual(await ids("Zirkuspädagogik"), []);
});
