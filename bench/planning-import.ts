// Import of 1,000,000 planning values (issue 11): 10,000 areas × 10 indicators × 10 periods as one long CSV with
// decimal commas, read, checked and written into a fresh PGlite with the same command as the web form and the CLI.
// Target: ≤ 30 s with progress. Run: `npx tsx bench/planning-import.ts`. Writes bench/results/planning-import-pglite.json.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "../src/db/client.ts";
import { prepareDatabase } from "../src/setup.ts";
import { silentProgress } from "../src/platform/progress.ts";
import { importValueFile, planningFixture } from "../src/modules/planning/testing.ts";

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const areaCount = 10_000;
const indicatorCount = 10;
const periodCount = 10;
const targetSeconds = 30;
const seconds = (t0: number) => Math.round(performance.now() - t0) / 1000;

const database = await openDatabase({ dataDir: "memory://" });
await prepareDatabase(database, { demo: false, progress: silentProgress });
const keys = Array.from({ length: areaCount }, (_, index) => String(index + 1).padStart(5, "0"));
const indicatorKeys = Array.from({ length: indicatorCount }, (_, index) => `bench_${index + 1}`);
const fixture = await planningFixture(
  database,
  "05314",
  keys,
  indicatorKeys.map((key) => [key, "%"]),
);
const periods = Array.from({ length: periodCount }, (_, index) => String(2015 + index));

const lines = ["Gebiet;Zeitraum;Indikator;Wert;Fallzahl"];
for (const key of keys) {
  for (const period of periods)
    for (const indicator of indicatorKeys) lines.push(`${key};${period};${indicator};${Number(key) % 997},${Number(key) % 10};${Number(key) % 50}`);
}
const bytes = Buffer.from(lines.join("\r\n"), "utf8");

const t0 = performance.now();
let progressUpdates = 0;
const outcome = await importValueFile(database, fixture.municipalityId, "bench.csv", bytes, () => progressUpdates++);
const total = seconds(t0);
if (!outcome.ok || !outcome.report) throw new Error(`Import fehlgeschlagen: ${outcome.message}`);
const values = outcome.report.counts.reduce((sum, count) => sum + count.values, 0);

const report = {
  date: new Date().toISOString(),
  db: "pglite",
  values,
  fileMegabytes: Math.round(bytes.length / 1e5) / 10,
  totalSeconds: total,
  progressUpdates,
  targetSeconds,
  passed: total <= targetSeconds,
};
const file = path.join(root, "bench", "results", "planning-import-pglite.json");
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`Import von ${values} Werten: ${total} s, Ziel ≤ ${targetSeconds} s → ${file}`);
await database.close();
process.exit(report.passed ? 0 : 1);
