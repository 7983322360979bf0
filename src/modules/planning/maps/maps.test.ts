import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { desc, eq } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { profileOf } from "../../municipalities/testing.ts";
import { planningAreas, planningCuts, planningIndicators, planningPublications } from "../tables.ts";
import { saveSeries } from "../queries.ts";
import { emptySeries } from "../rules/series.ts";
import { valueMarks } from "../reference.ts";

let site: TestApp;
let specialist: string;
let leader: string;
let bonnId: number;
const base = "/kommunen/05314-bonn/planung";

const square = (x: number, y: number) => ({
  type: "Polygon",
  coordinates: [
    [
      [x, y],
      [x + 0.01, y],
      [x + 0.01, y + 0.01],
      [x, y + 0.01],
      [x, y],
    ],
  ],
});

function seriesOf(values: number[], cases: number[]) {
  const series = emptySeries(values.length);
  values.forEach((value, position) => {
    series.values[position] = value;
    series.cases[position] = cases[position]!;
    series.marks[position] = valueMarks.value;
  });
  return series;
}

/** Bonn's areas (keys with leading zeros), two indicators, two periods; area 007's 2024 share comes from 2 cases and is protected. */
async function insertExample() {
  const { db } = site.database;
  const [cut] = await db.insert(planningCuts).values({ municipalityId: bonnId, label: "Gebietsstand 2024", source: "import", crs: "EPSG:25832" }).returning();
  const areas = [
    ["001", "Altstadt", 7.1, 50.7],
    ["002", "Nordviertel", 7.11, 50.7],
    ["007", "Kleiner Winkel", 7.1, 50.71],
    ["010", "Südhang", 7.11, 50.71],
  ] as const;
  await db
    .insert(planningAreas)
    .values(areas.map(([key, name, x, y], position) => ({ cutId: cut!.id, position, key, name, geometry: square(x, y), display: square(x, y) })));
  const [share, care] = await db
    .insert(planningIndicators)
    .values([
      { municipalityId: bonnId, key: "test_sgb2", name: "Kinder in Bedarfsgemeinschaften", unit: "%", polarity: "more", minCases: 3 },
      { municipalityId: bonnId, key: "test_kita", name: "Betreuungsquote unter 3", unit: "%", polarity: "less", minCases: 3 },
    ])
    .returning();
  await saveSeries(db, cut!.id, [
    { indicatorId: share!.id, period: "2023", series: seriesOf([10, 25, 40, 30], [50, 40, 10, 60]) },
    { indicatorId: share!.id, period: "2024", series: seriesOf([12.5, 20, 47.11, 30], [50, 40, 2, 60]) },
    { indicatorId: care!.id, period: "2024", series: seriesOf([40, 55, 60, 35], [100, 100, 100, 100]) },
  ]);
}

before(async () => {
  site = await startTestApp();
  specialist = await site.sessionFor("planningSpecialist");
  leader = await site.sessionFor("leader");
  bonnId = (await profileOf(site.database, "05314")).id;
  await insertExample();
});
after(() => site.close());

const get = (url: string, cookie?: string) => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const hiddenValue = /47[,.]1/;

test("a member sees the map of an indicator with its data table; the protected value appears nowhere", async () => {
  const page = await get(`${base}/karte?indikator=test_sgb2&zeitraum=2024&klassen=equal&anzahl=3`, specialist);
  assert.equal(page.statusCode, 200);
  assert.equal((page.body.match(/<path d="M[^"]*" fill="url\(#karte-/g) ?? []).length, 4);
  assert.match(page.body, /<caption class="kern-title">Kinder in Bedarfsgemeinschaften, 2024: Werte und Klassen je Planungsraum<\/caption>/);
  assert.match(page.body, /12,5 %/);
  assert.match(page.body, /Kleiner Winkel<\/a><\/th><td class="kern-table__cell kern-table__cell--numeric">·<\/td>/);
  assert.match(page.body, /zu wenige Fälle/);
  // Equal intervals over the visible 12.5, 20, 30: width 17.5 / 3 ≈ 5.83 → 12,5 bis 18,3, über 18,3 bis 24,2 …
  assert.match(page.body, /12,5 bis 18,3/);
  assert.match(page.body, /über 18,3 bis 24,2/);
  assert.doesNotMatch(page.body, hiddenValue);
});

test("an indicator or period the municipality does not have gets its message beside the field", async () => {
  const page = await get(`${base}/karte?indikator=gibt_es_nicht&zeitraum=1999`, specialist);
  assert.equal(page.statusCode, 422);
  assert.match(page.body, /Diesen Indikator gibt es im Katalog der Kommune nicht/);
  assert.match(page.body, /Für diesen Zeitraum sind keine Werte eingelesen/);
});

test("the map is the municipality's members' only: Leipzig's staff and the team get 403, visitors are asked to sign in", async () => {
  assert.equal((await get(`${base}/karte`, await site.sessionFor("staff"))).statusCode, 403);
  assert.equal((await get(`${base}/karte`, await site.sessionFor("admin"))).statusCode, 403);
  assert.equal((await get(`${base}/karte`, await site.sessionFor("editor"))).statusCode, 403);
  assert.equal((await get(`${base}/karte`)).statusCode, 401);
  assert.equal((await get(`${base}/gebiete/001/profil`, await site.sessionFor("staff"))).statusCode, 403);
  assert.equal((await get(`${base}/vergleich`, await site.sessionFor("admin"))).statusCode, 403);
});

test("an area's profile shows every indicator against the areas' mean, the change and its place on a small map", async () => {
  const page = await get(`${base}/gebiete/002/profil?zeitraum=2024`, specialist);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Gebietsprofil: Nordviertel/);
  assert.match(page.body, /class="k360-spine"/);
  assert.match(page.body, /<title id="lage-titel">Lage von Nordviertel<\/title>/);
  // By hand: visible 12.5, 20, 30 → mean 20.83; the change 20 − 25 = −5.
  assert.match(page.body, /20,8 %/);
  assert.match(page.body, /Veränderung seit 2023/);
  assert.match(page.body, /−5,0 %/);
  assert.doesNotMatch(page.body, hiddenValue);
});

test("the profile of an area with a protected value shows the sign and why; a key keeps its leading zeros; an unknown key is 404", async () => {
  const page = await get(`${base}/gebiete/007/profil`, specialist);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Schlüssel 007/);
  assert.match(page.body, /zu wenige Fälle/);
  assert.doesNotMatch(page.body, hiddenValue);
  assert.equal((await get(`${base}/gebiete/7/profil`, specialist)).statusCode, 404);
});

test("two areas side by side; an unknown area gets its message", async () => {
  const page = await get(`${base}/vergleich?a=001&b=007&zeitraum=2024`, specialist);
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Altstadt und Kleiner Winkel, 2024/);
  assert.match(page.body, /12,5 %/);
  assert.match(page.body, /· \(zu wenige Fälle/);
  assert.doesNotMatch(page.body, hiddenValue);
  const wrong = await get(`${base}/vergleich?a=001&b=999`, specialist);
  assert.equal(wrong.statusCode, 422);
  assert.match(wrong.body, /Dieses Gebiet gibt es im aktuellen Gebietsstand nicht/);
});

test("publishing: bad input is refused with its message and nothing is stored", async () => {
  const form = `${base}/veroeffentlichungen`;
  const empty = await site.submit(
    form,
    form,
    { title: "", description: "", indicatorKey: "test_sgb2", period: "2024", classification: "quantile", classCount: "5" },
    leader,
  );
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /Bitte geben Sie der Karte einen Titel/);
  const unknown = await site.submit(
    form,
    form,
    { title: "Karte", description: "", indicatorKey: "gibt_es_nicht", period: "1999", classification: "quantile", classCount: "5" },
    leader,
  );
  assert.equal(unknown.statusCode, 422);
  assert.match(unknown.body, /Diesen Indikator gibt es im Katalog der Kommune nicht/);
  assert.match(unknown.body, /Für diesen Zeitraum sind keine Werte eingelesen/);
  assert.equal((await site.database.db.select().from(planningPublications).where(eq(planningPublications.municipalityId, bonnId))).length, 0);
});

test("a published map is public and on the profile; the team sees it and nothing else; withdrawn it is gone", async () => {
  assert.doesNotMatch((await get("/kommunen/05314-bonn")).body, /Karten zur Sozialraumplanung/);
  const form = `${base}/veroeffentlichungen`;
  const fields = {
    title: "Kinderarmut 2024",
    description: "Anteil der Kinder.",
    indicatorKey: "test_sgb2",
    period: "2024",
    classification: "quantile",
    classCount: "4",
  };
  const done = await site.submit(form, form, fields, leader);
  assert.equal(done.statusCode, 303);
  const [row] = await site.database.db.select().from(planningPublications).where(eq(planningPublications.municipalityId, bonnId));
  assert.deepEqual(row!.settings, { kind: "indicator", indicatorKey: "test_sgb2", period: "2024", classification: "quantile", classCount: 4 });
  const address = `/kommunen/05314-bonn/karten/${row!.id}`;

  const profile = await get("/kommunen/05314-bonn");
  assert.match(profile.body, new RegExp(`href="${address}">Kinderarmut 2024</a>`));
  for (const cookie of [undefined, await site.sessionFor("admin")]) {
    const map = await get(address, cookie);
    assert.equal(map.statusCode, 200);
    assert.match(map.body, /<caption class="kern-title">Kinder in Bedarfsgemeinschaften, 2024/);
    assert.match(map.body, /role="img"/);
    assert.doesNotMatch(map.body, hiddenValue);
    assert.doesNotMatch(map.body, /Betreuungsquote/, "nothing unpublished shows");
    assert.deepEqual(await htmlProblems(map.body), []);
  }
  assert.equal((await get(`${base}/veroeffentlichungen`, await site.sessionFor("admin"))).statusCode, 403);

  // The kept public page follows new values at once (the planning tables move its generation on).
  const [share] = await site.database.db.select().from(planningIndicators).where(eq(planningIndicators.key, "test_sgb2"));
  const [cut] = await site.database.db.select().from(planningCuts).where(eq(planningCuts.municipalityId, bonnId)).orderBy(desc(planningCuts.id)).limit(1);
  await saveSeries(site.database.db, cut!.id, [{ indicatorId: share!.id, period: "2024", series: seriesOf([13.5, 20, 47.11, 30], [50, 40, 2, 60]) }]);
  const refreshed = await get(address);
  assert.match(refreshed.body, /13,5 %/);
  assert.doesNotMatch(refreshed.body, /12,5 %/);

  assert.equal((await get(form, await site.sessionFor("staff"))).statusCode, 403, "Leipzig's staff has no part in Bonn's publications");
  const gone = await site.submit(form, `${form}/${row!.id}/zurueckziehen`, {}, leader);
  assert.equal(gone.statusCode, 303);
  assert.equal((await get(address)).statusCode, 404);
  assert.doesNotMatch((await get("/kommunen/05314-bonn")).body, /Kinderarmut 2024/);
});

test("an unpublished id is 404 for visitors and the team alike", async () => {
  assert.equal((await get("/kommunen/05314-bonn/karten/999999")).statusCode, 404);
  assert.equal((await get("/kommunen/05314-bonn/karten/999999", await site.sessionFor("admin"))).statusCode, 404);
  assert.equal((await get("/kommunen/05314-bonn/karten/abc")).statusCode, 404);
});

test("the pages are valid, accessible HTML (html-validate)", async () => {
  const pages = [
    `${base}/karte?indikator=test_sgb2&zeitraum=2024`,
    `${base}/gebiete/002/profil`,
    `${base}/vergleich?a=001&b=002`,
    `${base}/veroeffentlichungen`,
  ];
  for (const url of pages) {
    const page = await get(url, leader);
    assert.equal(page.statusCode, 200, url);
    assert.deepEqual(await htmlProblems(page.body), [], url);
  }
});
