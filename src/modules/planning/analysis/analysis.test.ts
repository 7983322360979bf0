import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { silentProgress } from "../../../platform/progress.ts";
import { exportAnalysis } from "./cli.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { profileOf } from "../../municipalities/testing.ts";
import { createCut, createIndicator, saveSeries, seriesOf } from "./testing.ts";

let site: TestApp;
let specialist: string;
const base = "/kommunen/05314-bonn/planung/analyse";

/**
 * Six areas of Bonn. "Kleinfeld" has 200 inhabitants (out of the index). Indicator tst_a (more
 * need when higher), tst_b (less need when higher); Nordheide's tst_b value 43.21 comes from 2
 * cases and is protected: it must appear nowhere.
 */
before(async () => {
  site = await startTestApp();
  specialist = await site.sessionFor("planningSpecialist");
  const db = site.database.db;
  const bonn = (await profileOf(site.database, "05314")).id;
  const names = ["Altstadt", "Nordheide", "Südpark", "Kleinfeld", "Westend", "Osthang"];
  const square = (x: number) => ({
    type: "Polygon",
    coordinates: [
      [
        [7 + x / 100, 50.7],
        [7.01 + x / 100, 50.7],
        [7.01 + x / 100, 50.71],
        [7 + x / 100, 50.7],
      ],
    ],
  });
  const cut = await createCut(
    db,
    bonn,
    names.map((name, index) => ({ key: `00${index + 1}`, name, display: square(index) })),
  );
  const population = await createIndicator(db, bonn, { key: "einwohner", name: "Einwohnerinnen und Einwohner", unit: "Anzahl", polarity: "more" });
  const first = await createIndicator(db, bonn, { key: "tst_a", name: "Testanteil A", unit: "%", polarity: "more" });
  const second = await createIndicator(db, bonn, { key: "tst_b", name: "Testquote B", unit: "%", polarity: "less" });
  const cases = [50, 50, 50, 50, 50, 50];
  await saveSeries(db, cut, [
    { indicatorId: population, period: "2024", series: seriesOf([1000, 500, 800, 200, 1200, 900]) },
    { indicatorId: population, period: "2023", series: seriesOf([1000, 500, 800, 200, 1200, 900]) },
    { indicatorId: first, period: "2024", series: seriesOf([2, 4, 6, 100, 8, 10], cases) },
    { indicatorId: first, period: "2023", series: seriesOf([9, 4, 6, 100, 8, 3], cases) },
    { indicatorId: second, period: "2024", series: seriesOf([50, 43.21, 40, 10, 20, 30], [50, 2, 50, 50, 50, 50]) },
    { indicatorId: second, period: "2023", series: seriesOf([50, 40, 40, 10, 20, 30], cases) },
  ]);
});
after(() => site.close());

const query = "indikator=tst_a&gewicht_tst_a=1&indikator=tst_b&gewicht_tst_b=1%2C5&zeitraum=2024&vergleich=2023&klassen=3";
const get = (url: string, cookie = specialist) => site.app.inject({ url, headers: { cookie } });

test("the planning specialist sees the form, then the ranking with the protected value as · and the status/dynamics matrix", async () => {
  const form = await get(base);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /<form method="get" action="\/kommunen\/05314-bonn\/planung\/analyse"/);
  assert.match(form.body, /id="indikator-tst_a"/);
  assert.match(form.body, /<label class="kern-label" for="gewicht_tst_b">Gewicht für Testquote B/);
  const page = await get(`${base}?${query}`);
  assert.equal(page.statusCode, 200);
  const table = page.body.slice(page.body.indexOf("Rangfolge der Planungsräume"));
  // By hand, weights 0.4 and 0.6. tst_a z: (v − 6) / √8; tst_b (Nordheide hidden) mean 35, sd √125, z = −(v − 35) / √125.
  // Westend 0.4·0.707 + 0.6·1.342 = 1.088; Osthang 0.566 + 0.268 = 0.834; Südpark −0.268; Altstadt −1.371;
  // Nordheide has only 40 % of the weight: excluded, like Kleinfeld (200 inhabitants); excluded areas follow by position.
  const order = ["Westend", "Osthang", "Südpark", "Altstadt", "Nordheide", "Kleinfeld"].map((name) => table.indexOf(name));
  assert.deepEqual(
    order,
    [...order].sort((x, y) => x - y),
    "by rank, the excluded area last",
  );
  assert.match(table, /Kleinfeld.*weniger als 300 Einwohnerinnen und Einwohner/s);
  assert.match(table, /Nordheide.*weniger als die Hälfte des Gesamtgewichts/s);
  assert.match(table, /·<sup>3<\/sup>/);
  assert.match(table, /zu wenige Fälle/);
  assert.doesNotMatch(page.body, /43[,.]21/);
  assert.match(page.body, /Status und Dynamik/);
  assert.match(page.body, /href="\/kommunen\/05314-bonn\/planung\/analyse\/beleg\?/);
});

test("a bad query gets German messages next to the fields (422); a decimal comma in a weight is fine", async () => {
  const none = await get(`${base}?zeitraum=2024`);
  assert.equal(none.statusCode, 422);
  assert.match(none.body, /id="indikator-error"[^>]*>.*Bitte wählen Sie mindestens einen Indikator/s);
  const weight = await get(`${base}?indikator=tst_a&gewicht_tst_a=abc&zeitraum=2024`);
  assert.equal(weight.statusCode, 422);
  assert.match(weight.body, /id="gewicht_tst_a-error"[^>]*>.*Bitte geben Sie ein Gewicht größer als 0/s);
  const period = await get(`${base}?indikator=tst_a&zeitraum=1999`);
  assert.equal(period.statusCode, 422);
  assert.match(period.body, /id="zeitraum-error"[^>]*>.*Für den Zeitraum „1999“ gibt es keine Werte/s);
  const twice = await get(`${base}?indikator=tst_a&zeitraum=2024&zeitraum=2023`);
  assert.equal(twice.statusCode, 422);
  assert.equal((await get(`${base}?indikator=tst_a&gewicht_tst_a=1,5&zeitraum=2024`)).statusCode, 200);
});

test("Leipzig's staff and the initiative's team get 403, visitors are asked to sign in", async () => {
  for (const role of ["staff", "admin", "editor"] as const) {
    const cookie = await site.sessionFor(role);
    assert.equal((await get(`${base}?${query}`, cookie)).statusCode, 403, role);
    assert.equal((await get(`${base}/export.csv?${query}`, cookie)).statusCode, 403, role);
  }
  assert.equal((await site.app.inject({ url: `${base}/export.csv?${query}` })).statusCode, 401);
});

test("receipt and stability check show their figures", async () => {
  const receipt = await get(`${base}/beleg?${query}`);
  assert.equal(receipt.statusCode, 200);
  assert.match(receipt.body, /Standardabweichung/);
  assert.match(receipt.body, /Kleinfeld \(004\): weniger als 300/);
  assert.doesNotMatch(receipt.body, /43[,.]21/);
  const csv = await get(`${base}/beleg?${query}&format=csv`);
  assert.equal(csv.statusCode, 200);
  assert.match(csv.body, /^bereich,gegenstand,merkmal,wert\r\n/);
  assert.match(csv.body, /indikator,tst_a,mittelwert,6\r\n/, "2, 4, 6, 8, 10 without Kleinfeld");
  assert.match(csv.body, /gebiet,002,tst_b_hinweis,zu wenige Fälle/);
  assert.doesNotMatch(csv.body, /43[,.]21/);
  const stability = await get(`${base}/stabilitaet?${query}`);
  assert.equal(stability.statusCode, 200);
  assert.match(stability.body, /Gewicht von Testquote B \+25 %/);
});

test("no export contains the protected value; each protected cell is empty with its reason", async () => {
  const csv = await get(`${base}/export.csv?${query}`);
  assert.equal(csv.statusCode, 200);
  assert.match(String(csv.headers["content-type"]), /text\/csv; charset=utf-8/);
  const lines = csv.body.trimEnd().split("\r\n");
  assert.equal(lines[0], "gebiet,name,tst_a,tst_a_z,tst_b,tst_b_z,index,rang,klasse,hinweis");
  const nordheide = lines.find((line) => line.startsWith("002,"))!.split(",");
  assert.deepEqual(nordheide.slice(4, 6), ["", ""], "tst_b and its z-score are empty");
  assert.match(nordheide.at(-1)!, /tst_b: zu wenige Fälle/);
  assert.match(
    lines.find((line) => line.startsWith("001,"))!,
    /^001,Altstadt,2,-1\.414214,50,/,
    "dot decimals, z by hand: (2 − 6) / √8",
  );
  assert.doesNotMatch(csv.body, /43[,.]21/);

  const geojson = await get(`${base}/export.geojson?${query}`);
  const collection = JSON.parse(geojson.body);
  assert.equal(collection.type, "FeatureCollection");
  const feature = collection.features.find((item: { properties: { gebiet: string } }) => item.properties.gebiet === "002");
  assert.equal(feature.properties.tst_b, null);
  assert.equal(feature.geometry.type, "Polygon");
  assert.doesNotMatch(geojson.body, /43[,.]21/);

  const xlsx = await get(`${base}/export.xlsx?${query}`);
  assert.equal(xlsx.statusCode, 200);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Analyse")!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  assert.deepEqual(header, lines[0]!.split(","));
  sheet.eachRow((row) => {
    for (const value of (row.values as unknown[]).slice(1)) assert.notEqual(value, 43.21);
  });
  const row = [...Array(sheet.rowCount).keys()].map((index) => sheet.getRow(index + 1)).find((candidate) => candidate.getCell(1).value === "002")!;
  assert.equal(row.getCell(5).value, null);
});

test("k360 planning export writes the same CSV as the web export, and refuses weights that do not match the indicators", async () => {
  const folder = await mkdtemp(path.join(os.tmpdir(), "k360-analysis-"));
  const out = path.join(folder, "analyse.csv");
  const args = ["--municipality", "05314", "--indicators", "tst_a,tst_b", "--weights", "1,1.5", "--period", "2024", "--compare", "2023"];
  const code = await exportAnalysis(site.database, [...args, "--classes", "quantile", "--class-count", "3", "--format", "csv", "--out", out], silentProgress);
  assert.equal(code, 0);
  const web = await get(`${base}/export.csv?${query}`);
  assert.equal(await readFile(out, "utf8"), web.body);
  const messages: string[] = [];
  const original = console.error;
  console.error = (message: string) => messages.push(message);
  try {
    assert.equal(
      await exportAnalysis(site.database, ["--municipality", "05314", "--indicators", "tst_a,tst_b", "--weights", "1", "--format", "csv"], silentProgress),
      1,
    );
    assert.equal(
      await exportAnalysis(site.database, ["--municipality", "05314", "--indicators", "tst_a", "--period", "1999", "--format", "csv"], silentProgress),
      1,
    );
  } finally {
    console.error = original;
  }
  assert.match(messages[0]!, /--weights braucht genau ein Gewicht je Indikator/);
  assert.match(messages[1]!, /Zeitraum: Für den Zeitraum „1999“ gibt es keine Werte/);
  await rm(folder, { recursive: true, force: true });
});
