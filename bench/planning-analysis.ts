// Planning analysis: `runAnalysis` over 10,000 areas × 40 indicators (+ einwohner) × 10 periods, the period and a
// comparison period, in a fresh PGlite and, when DATABASE_URL is set, in a fresh PostgreSQL database next to it.
// Run: `npx tsx bench/planning-analysis.ts` → bench/results/planning-analysis-<db>.json.
// Targets (issue 11): ≤ 200 ms on PostgreSQL, ≤ 500 ms on PGlite (median of the measured runs).
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { sql } from "drizzle-orm";
import { openDatabase, type Database } from "../src/db/client.ts";
import { prepareDatabase } from "../src/setup.ts";
import { silentProgress } from "../src/platform/progress.ts";
import { profileOf } from "../src/modules/municipalities/testing.ts";
import { computeAnalysis, createCut, createIndicator, runAnalysis, saveSeries, seriesOf, type AnalysisSettings } from "../src/modules/planning/testing.ts";
import { backgroundLoad, root, runFacts } from "./process.ts";

const areaCount = 10_000;
const indicatorCount = 40;
const periods = Array.from({ length: 10 }, (_, index) => String(2015 + index));
const warmups = 2;
const runs = 9;
const targets = { pglite: 500, postgres: 200 } as const;

/** A deterministic generator (Park–Miller), so every run measures the same data. */
function generator(seed: number) {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
}

/** 10,000 areas, einwohner (3 % under 300) and 40 indicators over 10 periods; some cells from fewer than 3 cases. */
async function fill(database: Database): Promise<number> {
  const db = database.db;
  const municipalityId = (await profileOf(database, "05314")).id;
  const random = generator(42);
  const cut = await createCut(
    db,
    municipalityId,
    Array.from({ length: areaCount }, (_, index) => ({ key: String(index + 1).padStart(5, "0"), name: `Planungsraum ${index + 1}` })),
  );
  const population = Array.from({ length: areaCount }, () => (random() < 0.03 ? Math.floor(random() * 300) : 300 + Math.floor(random() * 15000)));
  const einwohner = await createIndicator(db, municipalityId, { key: "einwohner", name: "Einwohner", unit: "Anzahl", polarity: "more" });
  const rows: Parameters<typeof saveSeries>[2] = periods.map((period) => ({ indicatorId: einwohner, period, series: seriesOf(population) }));
  for (let column = 0; column < indicatorCount; column++) {
    const id = await createIndicator(db, municipalityId, {
      key: `ind_${column + 1}`,
      name: `Indikator ${column + 1}`,
      unit: "%",
      polarity: column % 3 ? "more" : "less",
    });
    for (const period of periods) {
      const values = population.map(() => (random() < 0.01 ? null : Math.round(random() * 6000) / 100));
      const cases = population.map(() => (random() < 0.02 ? 1 : 10 + Math.floor(random() * 500)));
      rows.push({ indicatorId: id, period, series: seriesOf(values, cases) });
    }
  }
  await saveSeries(db, cut, rows);
  return municipalityId;
}

const median = (values: number[]) => [...values].sort((first, second) => first - second)[Math.floor(values.length / 2)]!;

async function measure(kind: "pglite" | "postgres", database: Database) {
  const started = performance.now();
  await prepareDatabase(database, { demo: false, progress: silentProgress });
  const municipalityId = await fill(database);
  const fillSeconds = (performance.now() - started) / 1000;
  const settings: AnalysisSettings = {
    indicatorKeys: Array.from({ length: indicatorCount }, (_, column) => `ind_${column + 1}`),
    weights: Array.from({ length: indicatorCount }, (_, column) => 1 + (column % 4)),
    period: periods.at(-1)!,
    comparePeriod: periods[0]!,
    standardisation: "z",
    classification: "quantile",
    classCount: 5,
    minPopulation: 300,
  };
  const times: number[] = [];
  const computeTimes: number[] = [];
  for (let run = 0; run < warmups + runs; run++) {
    const start = performance.now();
    const result = await runAnalysis(database.db, municipalityId, settings);
    const elapsed = performance.now() - start;
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const computeStart = performance.now();
    computeAnalysis(result.value.input);
    const computeElapsed = performance.now() - computeStart;
    if (run < warmups) continue;
    times.push(elapsed);
    computeTimes.push(computeElapsed);
  }
  const report = {
    suite: "planning-analysis",
    db: kind,
    ...runFacts(
      kind === "postgres" ? ((await database.rows<{ server_version: string }>("version", sqlVersion))[0]?.server_version ?? null) : null,
      await backgroundLoad(),
      os.loadavg()[0]!,
    ),
    data: {
      areas: areaCount,
      indicators: indicatorCount + 1,
      periods: periods.length,
      series: (indicatorCount + 1) * periods.length,
      fillSeconds: Number(fillSeconds.toFixed(1)),
    },
    runAnalysis: {
      runs,
      warmups,
      medianMs: Number(median(times).toFixed(1)),
      minMs: Number(Math.min(...times).toFixed(1)),
      maxMs: Number(Math.max(...times).toFixed(1)),
      targetMs: targets[kind],
    },
    computeOnly: { medianMs: Number(median(computeTimes).toFixed(1)), targetMs: 100 },
    met: median(times) <= targets[kind],
  };
  const file = path.join(root, "bench", "results", `planning-analysis-${kind}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `${kind}: runAnalysis median ${report.runAnalysis.medianMs} ms (min ${report.runAnalysis.minMs}, max ${report.runAnalysis.maxMs}; Ziel ≤ ${targets[kind]} ms), Rechnung allein ${report.computeOnly.medianMs} ms → ${path.relative(root, file)}`,
  );
}

const sqlVersion = sql`show server_version`;

/** A fresh database next to DATABASE_URL's, as the test harness makes one. */
async function freshPostgres(baseUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

const pglite = await openDatabase({ dataDir: "memory://" });
try {
  await measure("pglite", pglite);
} finally {
  await pglite.close();
}
if (process.env.DATABASE_URL) {
  const name = "k360_bench_planning";
  const postgres = await openDatabase({ dataDir: "", databaseUrl: await freshPostgres(process.env.DATABASE_URL, name) });
  try {
    await measure("postgres", postgres);
  } finally {
    await postgres.close();
  }
}
