import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { count, eq } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { loadSeries, seriesKey } from "../queries.ts";
import { planningAreas, planningImports, planningSeries } from "../tables.ts";
import { valueMarks } from "../reference.ts";
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
const action = `${page}/import`;
const upload = (name: string, content: Buffer | string, cookie = specialist) =>
  site.upload(page, action, name, Buffer.isBuffer(content) ? content : Buffer.from(content), cookie);
const windows1252 = (text: string) => Buffer.from([...text].map((char) => char.charCodeAt(0)));
const series = async (indicator: string, period: string) =>
  (await loadSeries(site.database.db, bonn.cutId, 3, [bonn.indicators[indicator]!], [period])).get(seriesKey(bonn.indicators[indicator]!, period))!;
const storedRows = async () => (await site.database.db.select({ rows: count() }).from(planningSeries))[0]!.rows;

test("the page explains the format and offers the upload form to the planning specialist", async () => {
  const res = await site.app.inject({ url: page, headers: { cookie: specialist } });
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Gebiet;Zeitraum;Indikator;Wert/);
  assert.match(res.body, /enctype="multipart\/form-data"/);
});

test("a long Windows-1252 CSV with decimal commas is imported; its values appear in the series, other columns are ignored", async () => {
  const file = windows1252(
    "Gebiet;Name;Zeitraum;Indikator;Wert;Fallzahl\r\n0101;Südstadt;2024;sgb2_u15;12,5;40\r\n0102;Nord;2024;sgb2_u15;.;\r\n0201;Weiße Mühle;2024;einwohner;1.234;\r\n",
  );
  const res = await upload("werte.csv", file);
  assert.equal(res.statusCode, 200, res.body.slice(0, 500));
  assert.match(res.body, /Die Werte sind gespeichert/);
  assert.match(res.body, /ignoriert: Name/);
  const share = await series("sgb2_u15", "2024");
  assert.equal(share.values[0], 12.5);
  assert.equal(share.cases[0], 40);
  assert.equal(share.marks[1], valueMarks.secret);
  assert.equal(share.marks[2], valueMarks.missing);
  assert.equal((await series("einwohner", "2024")).values[2], 1234);
});

test("a bad number names its line and column, and nothing changes in the series", async () => {
  const before = await storedRows();
  const res = await upload("fehler.csv", "Gebiet;Zeitraum;Indikator;Wert\n0101;2024;sgb2_u15;99\n0102;2024;sgb2_u15;1,234.5\n");
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /<td class="kern-table__cell kern-table__cell--numeric">3<\/td>\s*<td class="kern-table__cell">Wert<\/td>/);
  assert.match(res.body, /englischer Schreibweise/);
  assert.match(res.body, /Es wurde nichts gespeichert/);
  assert.equal((await series("sgb2_u15", "2024")).values[0], 12.5);
  assert.equal(await storedRows(), before);
});

test("duplicate rows, unknown keys (with the leading-zero hint) and areas of an old cut are reported", async () => {
  const res = await upload(
    "doppelt.csv",
    "Gebiet;Zeitraum;Indikator;Wert\n0101;2023;u18;5\n0101;2023;u18;6\n101;2023;u18;7\n0999;2023;u18;8\n0102;2023;kinder;9\n",
  );
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /Doppelte Zeile: .* Zeile 2/);
  assert.match(res.body, /meinten Sie 0101\?/);
  assert.match(res.body, /früheren Gebietsstand/);
  assert.match(res.body, /Den Indikator „kinder“ gibt es im Katalog nicht/);
  assert.ok(Number.isNaN((await series("u18", "2023")).values[0]));
});

test("a file mixing encodings is refused with the line that differs", async () => {
  const file = Buffer.concat([
    Buffer.from("Gebiet;Name;Zeitraum;Indikator;Wert\n0101;Südstadt;2022;u18;1\n", "utf8"),
    windows1252("0102;Nördlich;2022;u18;2\n"),
  ]);
  const res = await upload("gemischt.csv", file);
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /Zeile 3 ist Windows-1252/);
  assert.ok(Number.isNaN((await series("u18", "2022")).values[0]));
});

test("an upload without a file, or one larger than 50 MB, gets its German message", async () => {
  const empty = await site.submit(page, action, {}, specialist);
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /Bitte wählen Sie eine Datei aus/);
  const large = await upload("gross.csv", Buffer.alloc(51 * 1024 * 1024, 0x41));
  assert.equal(large.statusCode, 413);
  assert.match(large.body, /größer als 50 MB/);
});

test("members of another municipality and the team are refused; the import page of another id is not found", async () => {
  for (const role of ["staff", "editor", "admin"] as const) {
    const cookie = await site.sessionFor(role);
    assert.equal((await site.app.inject({ url: page, headers: { cookie } })).statusCode, 403, role);
  }
  const staff = await site.sessionFor("staff");
  const refused = await upload("werte.csv", "Gebiet;Zeitraum;Indikator;Wert\n0101;2021;u18;1\n", staff);
  assert.equal(refused.statusCode, 403);
  assert.ok(Number.isNaN((await series("u18", "2021")).values[0]));
  assert.equal((await site.app.inject({ url: `${page}/import/999999`, headers: { cookie: specialist } })).statusCode, 404);
});

test("an import of more than 10,000 values runs after the response and shows its progress, then its report", async () => {
  const keys = Array.from({ length: 2100 }, (_, index) => `9${String(index).padStart(4, "0")}`);
  await site.database.db.insert(planningAreas).values(keys.map((key, index) => ({ cutId: bonn.cutId, position: 3 + index, key, name: `Gebiet ${key}` })));
  const lines = ["Gebiet;Zeitraum;Indikator;Wert"];
  for (const key of keys)
    for (const period of ["2019", "2020"])
      for (const indicator of ["einwohner", "u18", "sgb2_u15"]) lines.push(`${key};${period};${indicator};${key.slice(1)}`);
  assert.ok(lines.length - 1 > 10_000);
  const res = await upload("gross.csv", lines.join("\n"));
  assert.equal(res.statusCode, 303);
  const location = res.headers.location as string;
  assert.match(location, /\/werte\/import\/\d+$/);
  const id = Number(location.split("/").pop());
  const running = await site.app.inject({ url: location, headers: { cookie: specialist } });
  assert.equal(running.statusCode, 200);
  let entry = (await site.database.db.select().from(planningImports).where(eq(planningImports.id, id)))[0]!;
  if (entry.status === "running") {
    assert.match(running.body, /<progress/);
    assert.equal(running.headers.refresh, "2");
  }
  while (entry.status === "running") {
    await new Promise((resolve) => setTimeout(resolve, 100));
    entry = (await site.database.db.select().from(planningImports).where(eq(planningImports.id, id)))[0]!;
  }
  assert.equal(entry.status, "done");
  const finished = await site.app.inject({ url: location, headers: { cookie: specialist } });
  assert.match(finished.body, /Die Werte sind gespeichert/);
  assert.equal(finished.headers.refresh, undefined);
  const stored = await loadSeries(site.database.db, bonn.cutId, 3 + keys.length, [bonn.indicators.u18!], ["2020"]);
  assert.equal(stored.get(seriesKey(bonn.indicators.u18!, "2020"))!.values[3 + 7], 7);
  // Another municipality's member: not for them (403), and under their own address the id is not theirs (404).
  const staff = await site.sessionFor("staff");
  assert.equal((await site.app.inject({ url: location, headers: { cookie: staff } })).statusCode, 403);
  assert.equal((await site.app.inject({ url: `/kommunen/14713-leipzig/planung/werte/import/${id}`, headers: { cookie: staff } })).statusCode, 404);
});

test("a later file without case counts keeps the counts of an earlier one, so a small number stays protected", async () => {
  assert.equal((await upload("mit-fallzahl.csv", "Gebiet;Zeitraum;Indikator;Wert;Fallzahl\n0102;2023;sgb2_u15;8,0;2\n")).statusCode, 200);
  assert.equal((await upload("ohne-fallzahl.csv", "Gebiet;Zeitraum;Indikator;Wert\n0102;2023;sgb2_u15;8,5\n")).statusCode, 200);
  const share = await series("sgb2_u15", "2023");
  assert.equal(share.values[1], 8.5);
  assert.equal(share.cases[1], 2);
});
