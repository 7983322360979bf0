// test-database: pglite (the SQL these pages use is covered on PostgreSQL by the analysis, values, maps and areas tests)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { silentProgress, type Progress } from "../../../platform/progress.ts";
import { loadSeries, seriesKey } from "../queries.ts";
import { importValuesCommand } from "./cli.ts";
import { planningFixture, type PlanningFixture } from "./testing.ts";

let site: TestApp;
let bonn: PlanningFixture;
let folder: string;
before(async () => {
  site = await startTestApp();
  bonn = await planningFixture(site.database, "05314");
  folder = await mkdtemp(path.join(os.tmpdir(), "k360-werte-"));
});
after(async () => {
  await site.close();
  await rm(folder, { recursive: true, force: true });
});

/** Runs the command with the console captured. */
async function run(args: string[], progress: Progress = silentProgress) {
  const out: string[] = [];
  const original = { log: console.log, error: console.error };
  console.log = (...parts: unknown[]) => out.push(parts.join(" "));
  console.error = (...parts: unknown[]) => out.push(parts.join(" "));
  try {
    return { code: await importValuesCommand(site.database, args, progress), out: out.join("\n") };
  } finally {
    Object.assign(console, original);
  }
}

const u18 = async (period: string) =>
  (await loadSeries(site.database.db, bonn.cutId, 3, [bonn.indicators.u18!], [period])).get(seriesKey(bonn.indicators.u18!, period))!;

test("the command imports a long table with --period and shows its progress", async () => {
  const file = path.join(folder, "u18.csv");
  await writeFile(file, "Gebiet;Indikator;Wert\n0101;u18;120\n0102;u18;95\n");
  let ticks = 0;
  const progress: Progress = { start() {}, tick: (count = 1) => void (ticks += count), done() {} };
  const result = await run(["--municipality", "05314", "--period", "2024", file], progress);
  assert.equal(result.code, 0, result.out);
  assert.match(result.out, /u18 2024: 2 Werte/);
  assert.equal(ticks, 2);
  assert.equal((await u18("2024")).values[1], 95);
});

test("errors are printed with their lines, the exit code is 1 and nothing is saved", async () => {
  const file = path.join(folder, "fehler.csv");
  await writeFile(file, "Gebiet;Zeitraum;Indikator;Wert\n0101;2025;u18;5\n0102;2025;u18;-4,x\n");
  const result = await run(["--municipality", "05314", file]);
  assert.equal(result.code, 1);
  assert.match(result.out, /Zeile 3, Spalte „Wert“: „-4,x“ ist keine Zahl/);
  assert.match(result.out, /Es wurde nichts gespeichert/);
  assert.ok(Number.isNaN((await u18("2025")).values[0]));
});

test("a wide table without --mapping, an unknown mapping and an unknown municipality are refused", async () => {
  const file = path.join(folder, "breit.csv");
  await writeFile(file, "Gebiet;2023;2024\n0101;1;2\n");
  assert.match((await run(["--municipality", "05314", file])).out, /keine lange Tabelle/);
  assert.match((await run(["--municipality", "05314", "--mapping", "Statistikamt", file])).out, /Zuordnung „Statistikamt“ gibt es/);
  assert.match((await run(["--municipality", "99999", file])).out, /Kommune mit dem Schlüssel 99999/);
  assert.equal((await run([file])).code, 1);
});
