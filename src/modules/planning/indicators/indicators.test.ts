// test-database: pglite (the SQL these pages use is covered on PostgreSQL by the analysis, values, maps and areas tests)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq, isNull } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { planningIndicators } from "../tables.ts";

let site: TestApp;
let specialist: string;
before(async () => {
  site = await startTestApp();
  specialist = await site.sessionFor("planningSpecialist");
});
after(() => site.close());

const page = "/kommunen/05314-bonn/planung/indikatoren";
const own = {
  name: "Schulweg länger als 2 km",
  key: "schulweg_km",
  unit: "%",
  polarity: "more",
  definition: "",
  numerator: "",
  denominator: "",
  source: "Schulverwaltung",
  referenceDate: "01.10.",
  period: "Schuljahr",
  minCases: "5",
};
const byKey = async (key: string) => site.database.db.select().from(planningIndicators).where(eq(planningIndicators.key, key));

test("the catalogue lists the starter indicators with the periods that have values in Bonn's current cut", async () => {
  const list = await site.app.inject({ url: page, headers: { cookie: await site.sessionFor("leader") } });
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /<caption class="kern-title">Startkatalog<\/caption>/);
  assert.match(list.body, /<code>sgb2_u15<\/code>/);
  assert.match(list.body, /Kinder unter 15 Jahren im SGB-II-Bezug/);
  assert.match(list.body, /Statistik der Bundesagentur für Arbeit/);
  assert.match(list.body, /2020, 2021, 2022, 2023, 2024/);
  assert.match(list.body, /höher = weniger Bedarf/, "kita_u3 has the other polarity");
  assert.match(list.body, /Eigenen Indikator anlegen/, "the leader may edit");
  assert.deepEqual(await htmlProblems(list.body), []);
});

test("a planning specialist adds an own indicator and changes its description; the key stays", async () => {
  const added = await site.submit(page, page, own, specialist);
  assert.equal(added.statusCode, 303);
  const shown = await site.app.inject({ url: added.headers.location as string, headers: { cookie: specialist } });
  assert.match(shown.body, /Der Indikator ist angelegt/);
  assert.match(shown.body, /Schulweg länger als 2 km/);
  assert.deepEqual(await htmlProblems(shown.body), []);
  const [row] = await byKey("schulweg_km");
  assert.equal(row!.minCases, 5);
  assert.ok(row!.municipalityId !== null);
  const detail = `${page}/${row!.id}`;
  const changed = await site.submit(detail, detail, { ...own, name: "Weiter Schulweg", minCases: "3" }, specialist);
  assert.equal(changed.statusCode, 303);
  const [after] = await byKey("schulweg_km");
  assert.equal(after!.name, "Weiter Schulweg");
  assert.equal(after!.minCases, 3);
  const list = await site.app.inject({ url: page, headers: { cookie: specialist } });
  assert.match(list.body, /<caption class="kern-title">Eigene Indikatoren<\/caption>/);
  assert.match(list.body, /Weiter Schulweg/);
});

test("a key of the starter catalogue, a key in capitals and a broken minimum case count get their messages and store nothing", async () => {
  const taken = await site.submit(page, page, { ...own, key: "u18", name: "Noch einmal u18" }, specialist);
  assert.equal(taken.statusCode, 422);
  assert.match(taken.body, /id="key-error"[^>]*>.*Den Schlüssel „u18“ gibt es schon im Startkatalog/s);
  assert.deepEqual(await htmlProblems(taken.body), []);
  assert.equal((await byKey("u18")).length, 1);
  const capitals = await site.submit(page, page, { ...own, key: "Kita_Ü3" }, specialist);
  assert.equal(capitals.statusCode, 422);
  assert.match(capitals.body, /id="key-error"/);
  const fraction = await site.submit(page, page, { ...own, key: "bruch", minCases: "2,5" }, specialist);
  assert.equal(fraction.statusCode, 422);
  assert.match(fraction.body, /id="minCases-error"[^>]*>.*Bitte geben Sie eine ganze Zahl ein/s);
  assert.equal((await byKey("bruch")).length, 0);
  const empty = await site.submit(page, page, { ...own, key: "leer", name: "" }, specialist);
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /Bitte geben Sie den Namen des Indikators ein/);
  assert.equal((await byKey("leer")).length, 0);
});

test("the starter catalogue cannot be changed by a municipality", async () => {
  const [starter] = await site.database.db
    .select()
    .from(planningIndicators)
    .where(and(eq(planningIndicators.key, "hze_u21"), isNull(planningIndicators.municipalityId)));
  const detail = `${page}/${starter!.id}`;
  const shown = await site.app.inject({ url: detail, headers: { cookie: specialist } });
  assert.equal(shown.statusCode, 200);
  assert.match(shown.body, /lassen sich nicht ändern/);
  assert.doesNotMatch(shown.body, /Änderungen speichern/);
  const changed = await site.submit(page, detail, { ...own, name: "Umbenannt" }, specialist);
  assert.equal(changed.statusCode, 403);
  const [after] = await byKey("hze_u21");
  assert.equal(after!.name, starter!.name);
});

test("the team, another municipality's staff and visitors get no catalogue of Bonn; they add nothing", async () => {
  assert.equal((await site.app.inject({ url: page })).statusCode, 401);
  for (const role of ["admin", "editor", "staff"] as const) {
    const cookie = await site.sessionFor(role);
    assert.equal((await site.app.inject({ url: page, headers: { cookie } })).statusCode, 403, role);
    const added = await site.submit("/anmelden", page, { ...own, key: `von_${role}` }, cookie);
    assert.equal(added.statusCode, 403, role);
    assert.equal((await byKey(`von_${role}`)).length, 0);
  }
  assert.equal((await site.app.inject({ url: `${page}/999999`, headers: { cookie: specialist } })).statusCode, 404);
});
