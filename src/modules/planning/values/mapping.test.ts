// test-database: pglite (the SQL these pages use is covered on PostgreSQL by the analysis, values, maps and areas tests)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { loadSeries, seriesKey } from "../queries.ts";
import { planningMappings, planningUploads } from "../tables.ts";
import { planningFixture, type PlanningFixture } from "./testing.ts";

let site: TestApp;
let specialist: string;
let bonn: PlanningFixture;
before(async () => {
  site = await startTestApp();
  specialist = await site.sessionFor("planningSpecialist");
  bonn = await planningFixture(site.database, "05314");
});
after(() => site.close());

const page = "/kommunen/05314-bonn/planung/werte";
const upload = (name: string, content: Buffer | string) =>
  site.upload(page, `${page}/import`, name, Buffer.isBuffer(content) ? content : Buffer.from(content), specialist);
const value = async (indicator: string, period: string, position: number) =>
  (await loadSeries(site.database.db, bonn.cutId, 3, [bonn.indicators[indicator]!], [period])).get(seriesKey(bonn.indicators[indicator]!, period))!.values[
    position
  ];

test("a wide table goes to the mapping step; the mapping is saved under its name and the values imported", async () => {
  const res = await upload("bezirke-2023.csv", "Schlüssel;Bezeichnung;Einwohner;Unter 18\n0101;Süd;1.200;300\n0102;Nord;800;150\n0201;Ost;950;-\n");
  assert.equal(res.statusCode, 303);
  const step = res.headers.location as string;
  assert.match(step, /\/werte\/zuordnung\/\d+$/);
  const form = await site.app.inject({ url: step, headers: { cookie: specialist } });
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /Schlüssel/);
  assert.match(form.body, /1\.200/);
  const missing = await site.submit(step, step, { gebiet: "Schlüssel", "rolle[]": ["", "", "ind:einwohner", "ind:u18"], name: "Bürgeramt" }, specialist);
  assert.equal(missing.statusCode, 422);
  assert.match(missing.body, /brauchen einen Zeitraum/);
  const fields = { gebiet: "Schlüssel", zeitraum: "2023", "rolle[]": ["", "", "ind:einwohner", "ind:u18"], name: "Bürgeramt" };
  const done = await site.submit(step, step, fields, specialist);
  assert.equal(done.statusCode, 200, done.body.slice(0, 300));
  assert.match(done.body, /Die Werte sind gespeichert/);
  assert.equal(await value("einwohner", "2023", 0), 1200);
  assert.equal(await value("u18", "2023", 2), 0);
  const saved = await site.database.db.select().from(planningMappings).where(eq(planningMappings.name, "Bürgeramt"));
  assert.equal(saved.length, 1);
  const uploadId = Number(step.split("/").pop());
  assert.equal((await site.database.db.select().from(planningUploads).where(eq(planningUploads.id, uploadId))).length, 0);
});

test("the next file of the same source is offered the saved mapping and imported with it", async () => {
  const res = await upload("bezirke-2024.csv", "Schlüssel;Bezeichnung;Einwohner;Unter 18\n0101;Süd;1.250;310\n0102;Nord;820;160\n0201;Ost;990;12\n");
  const step = res.headers.location as string;
  const form = await site.app.inject({ url: step, headers: { cookie: specialist } });
  assert.match(form.body, /Die gespeicherte Zuordnung „Bürgeramt“ passt/);
  assert.match(form.body, /<option value="ind:einwohner" selected>/);
  const done = await site.submit(step, step, { gespeichert: "Bürgeramt" }, specialist);
  assert.equal(done.statusCode, 200);
  // The saved mapping has the fixed period 2023; the file's values replace that period's.
  assert.equal(await value("einwohner", "2023", 0), 1250);
  const listed = await site.app.inject({ url: page, headers: { cookie: specialist } });
  assert.match(listed.body, /Bürgeramt \(2 Wertespalten\)/);
  assert.match(listed.body, /bezirke-2024\.csv/);
});

test("a table with one column per year maps the header as period", async () => {
  const res = await upload("u18-jahre.csv", "Gebiet;2021;2022\n0101;10;11\n0102;20;21\n0201;30;31\n");
  const step = res.headers.location as string;
  const done = await site.submit(
    step,
    step,
    { gebiet: "Gebiet", indikator: "u18", "rolle[]": ["", "zeitraum", "zeitraum"], name: "Jugendamt Jahre" },
    specialist,
  );
  assert.equal(done.statusCode, 200, done.body.slice(0, 300));
  assert.equal(await value("u18", "2021", 1), 20);
  assert.equal(await value("u18", "2022", 2), 31);
});

test("an XLSX with its values on the second sheet is mapped after choosing the sheet", async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Hinweise").addRow(["Quelle: Statistikstelle"]);
  const sheet = workbook.addWorksheet("Daten");
  sheet.addRow(["Raum", "Jahr", "SGB II"]);
  sheet.addRow(["0101", 2020, 17.5]);
  const res = await upload("sgb2.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
  const step = res.headers.location as string;
  const chosen = await site.app.inject({ url: `${step}?blatt=Daten`, headers: { cookie: specialist } });
  assert.match(chosen.body, /SGB II/);
  const done = await site.submit(
    `${step}?blatt=Daten`,
    step,
    { blatt: "Daten", gebiet: "Raum", zeitraum_spalte: "Jahr", "rolle[]": ["", "", "ind:sgb2_u15"], name: "Jobcenter" },
    specialist,
  );
  assert.equal(done.statusCode, 200, done.body.slice(0, 300));
  assert.equal(await value("sgb2_u15", "2020", 0), 17.5);
});

test("the upload form takes a saved mapping at once, and an upload older than a day is removed by the next one", async () => {
  const stale = await site.database.db
    .insert(planningUploads)
    .values({ municipalityId: bonn.municipalityId, filename: "alt.csv", data: Buffer.from("x"), createdAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) })
    .returning();
  const formPage = await site.app.inject({ url: page, headers: { cookie: specialist } });
  const token = /name="_csrf" value="([^"]+)"/.exec(formPage.body)![1]!;
  const csrf = formPage.cookies.find((cookie) => cookie.name === "_csrf")!.value;
  const boundary = "----k360werte";
  const part = (name: string, content: string, filename?: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ""}\r\n\r\n${content}\r\n`;
  const payload = Buffer.from(
    part("_csrf", token) + part("zuordnung", "Jugendamt Jahre") + part("datei", "Gebiet;2021;2022\n0101;14;15\n", "u18-neu.csv") + `--${boundary}--\r\n`,
  );
  const res = await site.app.inject({
    method: "POST",
    url: `${page}/import`,
    headers: { cookie: `${specialist}; _csrf=${csrf}`, "content-type": `multipart/form-data; boundary=${boundary}` },
    payload,
  });
  assert.equal(res.statusCode, 200, res.body.slice(0, 300));
  assert.equal(await value("u18", "2022", 0), 15);
  const wide = await upload("noch-breiter.csv", "Kennung;A\n0101;1\n");
  assert.equal(wide.statusCode, 303);
  assert.equal((await site.database.db.select().from(planningUploads).where(eq(planningUploads.id, stale[0]!.id))).length, 0);
});

test("the pages of the import are valid, accessible HTML", async () => {
  const pages: [string, string][] = [];
  pages.push(["Werte", (await site.app.inject({ url: page, headers: { cookie: specialist } })).body]);
  const step = (await upload("breit.csv", "Gebiet;2021;Name\n0101;1;Süd\n")).headers.location as string;
  pages.push(["Zuordnung", (await site.app.inject({ url: step, headers: { cookie: specialist } })).body]);
  pages.push(["Zuordnung mit Fehlern", (await site.submit(step, step, { "rolle[]": ["", "zeitraum", ""] }, specialist)).body]);
  pages.push(["Bericht mit Problemen", (await upload("fehler.csv", "Gebiet;Zeitraum;Indikator;Wert\n0101;2024;u18;1,234.5\n")).body]);
  for (const [label, html] of pages) assert.deepEqual(await htmlProblems(html), [], label);
});
