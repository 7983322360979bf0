// test-database: pglite (the SQL these pages use is covered on PostgreSQL by the analysis, values, maps and areas tests)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startTestApp, type TestApp } from "../../../testing.ts";
import type { Progress } from "../../../platform/progress.ts";
import { planningCli } from "../cli.ts";
import { planningCuts } from "../tables.ts";
import { featureCollection, rectangle } from "./testing.ts";

let site: TestApp;
let folder: string;
/** Cuts before the tests (the demo has one for Bonn). */
let demoCuts: number;
before(async () => {
  site = await startTestApp();
  demoCuts = (await site.database.db.select().from(planningCuts)).length;
  folder = await mkdtemp(path.join(os.tmpdir(), "k360-areas-"));
});
after(() => site.close());

/** What the command writes, and the steps of progress it reports. */
async function run(args: string[]) {
  const lines: string[] = [];
  const steps: string[] = [];
  const progress: Progress = { start: (label) => steps.push(label), tick() {}, done() {} };
  const [log, error] = [console.log, console.error];
  console.log = (line: string) => lines.push(line);
  console.error = (line: string) => lines.push(line);
  try {
    const code = await planningCli.run(site.database, ["import-areas", ...args], progress);
    return { code, output: lines.join("\n"), steps };
  } finally {
    [console.log, console.error] = [log, error];
  }
}

const features = [
  { properties: { nr: "0101", bez: "Altstadt" }, rings: [rectangle(364_000, 5_620_000, 365_000, 5_621_000)] },
  { properties: { nr: "0102", bez: "Südstadt" }, rings: [rectangle(365_000, 5_620_000, 366_000, 5_621_000)] },
];

test("k360 planning import-areas reads the file with the given properties and CRS, with progress", async () => {
  const file = path.join(folder, "gebiete.geojson");
  await writeFile(file, featureCollection(features));
  const result = await run(["--municipality", "05314", "--key", "nr", "--name", "bez", "--crs", "EPSG:25832", file]);
  assert.equal(result.code, 0, result.output);
  assert.match(result.output, /2 Gebiete für .*Bonn.* übernommen \(Koordinatensystem EPSG:25832\); 0 mit Hinweisen/);
  assert.ok(result.steps.includes("Geometrien umrechnen und prüfen"));
  assert.equal((await site.database.db.select().from(planningCuts)).length, demoCuts + 1);
});

test("errors name the object; the exit code is 1 and nothing is stored", async () => {
  const file = path.join(folder, "doppelt.geojson");
  await writeFile(file, featureCollection([...features, { ...features[1], properties: { nr: "0102", bez: "" } }], "EPSG:25832"));
  const result = await run(["--municipality", "05314", "--key", "nr", "--name", "bez", file]);
  assert.equal(result.code, 1);
  assert.match(result.output, /Objekt 3 \(Schlüssel 0102\): Der Schlüssel kommt schon bei Objekt 2 vor/);
  assert.match(result.output, /Objekt 3 \(Schlüssel 0102\): Kein Name gefunden/);
  assert.equal((await site.database.db.select().from(planningCuts)).length, demoCuts + 1);
  assert.equal((await run(["--municipality", "05314", "--crs", "EPSG:2154", file])).code, 1);
  assert.equal((await run(["--municipality", "99999", file])).code, 1);
});
