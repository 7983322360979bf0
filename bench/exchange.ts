// Suite "austausch": the exchange module at full size. In this process (no HTTP, the code is called directly):
// a fresh database with demo data → search quality of the evaluation queries on the 64 demo reports → 100,000
// generated reports and a change project for every municipality (bench/exchange-data.ts) → the problem finder for
// three kinds of reader, peers and the AG topic clusters. Writes bench/results/exchange-<db>.json. The generated
// database is cached between runs (bench/exchange-cache.ts).
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import { loadConfig } from "../src/config.ts";
import { openDatabase, type Database, type Db } from "../src/db/client.ts";
import { selectRows } from "../src/db/rows.ts";
import { prepareDatabase } from "../src/setup.ts";
import { terminalProgress } from "../src/platform/progress.ts";
import { municipalityTables } from "../src/modules/municipalities/testing.ts";
import { reportSeeds } from "../src/modules/exchange/testing.ts";
import { backgroundLoad, root, runFacts, workspace, type DbKind } from "./process.ts";
import type { SuiteOptions } from "./municipalities.ts";
import { seedExchangeBench } from "./exchange-data.ts";
import { benchDatabase, cachedMeta, cacheKey, restore, store } from "./exchange-cache.ts";
import { measureClusters, measureFinder, measurePeers, measureQuality, readers } from "./exchange-measure.ts";
import { generatedQueries, loadEvalQueries } from "./exchange-queries.ts";
import { checkTargets, compareQuality, printExchangeSummary, type ExchangeReport } from "./exchange-report.ts";
import { currentProgram } from "../src/modules/program/index.ts";

const { municipalities } = municipalityTables;

/** Generated finder queries besides the evaluation queries (so at least this many even without them). */
const generatedQueryCount = 60;
const seconds = (t0: number) => Math.round(performance.now() - t0) / 1000;
type Generated = Awaited<ReturnType<typeof seedExchangeBench>>;

const resultFile = (db: DbKind) => path.join(root, "bench", "results", `exchange-${db}.json`);
const lastResult = async (db: DbKind): Promise<ExchangeReport | null> => JSON.parse(await readFile(resultFile(db), "utf8").catch(() => "null"));

/** The bench database, which is closed and opened again around swapping in the generated data. */
class Session {
  database: Database | null = null;
  constructor(private readonly config: ReturnType<typeof loadConfig>) {}
  async open() {
    this.database = await openDatabase(this.config);
    return this.database;
  }
  async reopen(between: () => Promise<void>) {
    await this.close();
    await between();
    return (await this.open()).db;
  }
  async close() {
    await this.database?.close();
    this.database = null;
  }
}

/** Recall@10 and MRR of the evaluation queries on the demo reports, anonymous (the target) and as the team. */
async function demoQuality(db: Db): Promise<ExchangeReport["quality"]> {
  const demoReports = Number((await selectRows<{ n: number }>(db, sql`select count(*)::int as n from exchange_reports`))[0].n);
  if (demoReports !== reportSeeds.length) throw new Error(`Nach prepareDatabase ${demoReports} Berichte, erwartet ${reportSeeds.length} Demo-Berichte.`);
  const evalQueries = await loadEvalQueries();
  if (!evalQueries) return { missing: "src/modules/exchange/seed/eval-queries.ts fehlt noch" };
  console.log(`  Suchqualität: ${evalQueries.length} Anfragen auf ${demoReports} Demo-Berichten …`);
  return {
    anonymous: await measureQuality(db, evalQueries, { id: "anonym", label: "anonym", audiences: ["public"] }),
    team: await measureQuality(db, evalQueries, { id: "team", label: "Team", audiences: null }),
  };
}

/** The generated data, from the cache or built now (and then cached); both ways the database is opened afresh. */
async function generatedData(session: Session, db: DbKind, dataDir: string) {
  const key = await cacheKey();
  const t0 = performance.now();
  const cached = await cachedMeta<Generated>(db, key);
  if (cached) {
    console.log(`  100.000 Berichte aus dem Zwischenspeicher (Schlüssel ${key}) …`);
    const handle = await session.reopen(() => restore(db, key, dataDir));
    return { generated: cached, handle, cached: true, key, restoreOrStore: seconds(t0) };
  }
  console.log(`  100.000 Berichte und Vorhaben erzeugen …`);
  const program = (await currentProgram(session.database!.db))!;
  const generated = await seedExchangeBench(session.database!.db, program.id, terminalProgress());
  const t1 = performance.now();
  const handle = await session.reopen(() => store(db, key, dataDir, generated));
  return { generated, handle, cached: false, key, restoreOrStore: seconds(t1) };
}

async function measure(db: DbKind): Promise<ExchangeReport> {
  const ws = await workspace(db, null, { database: benchDatabase });
  const [idleBusy, loadAverage] = [await backgroundLoad(), os.loadavg()[0]];
  if (idleBusy !== null && idleBusy > 15)
    console.log(`\n⚠ Rechner vor dem Lauf zu ${idleBusy} % ausgelastet – Messwerte sind verfälscht / machine busy before the run.`);
  const started = performance.now();
  const config = loadConfig(ws.env);
  const session = new Session(config);
  try {
    const database = await session.open();
    console.log(`\n▶ ${db} · Austausch: Datenbank mit Demo-Daten vorbereiten …`);
    let t0 = performance.now();
    await prepareDatabase(database, { demo: true, progress: terminalProgress() });
    const prepare = seconds(t0);
    const quality = await demoQuality(database.db);
    const evalQueries = "anonymous" in quality ? quality.anonymous.perQuery.map((q) => q.query) : [];

    const { generated, handle: dbh, cached, key, restoreOrStore } = await generatedData(session, db, config.dataDir);
    const { size, audiences, cohortIds, seconds: generate, analysis } = generated;

    const queries = [...new Set([...evalQueries, ...generatedQueries(generatedQueryCount)])];
    const [member] = await dbh
      .select({ id: municipalities.id, name: municipalities.name })
      .from(municipalities)
      .where(eq(municipalities.id, Math.min(...cohortIds)));
    const who = await readers(dbh, member);
    console.log(`  Problemfinder: ${queries.length} Anfragen × ${who.length} Leser (eine Runde Aufwärmen) …`);
    t0 = performance.now();
    const finder = await measureFinder(dbh, queries, who);
    console.log(`  … ${seconds(t0)} s; Peers für 50 Kommunen, AG-Themen für die Kohorte …`);
    const peers = await measurePeers(dbh);
    const clusters = await measureClusters(dbh, cohortIds);

    const partial = {
      suite: "austausch" as const,
      db,
      ...runFacts(ws.postgresVersion, idleBusy, loadAverage),
      process: "one process: the code is called directly (PGlite in this process; PostgreSQL over a pool of 10 connections)",
      seconds: { prepare, generate, cached, cacheKey: key, restoreOrStore, total: seconds(started) },
      dataset: { size, audiences, analysis },
      quality,
      qualityAgreement: compareQuality(quality, key, await lastResult(db === "pglite" ? "postgres" : "pglite")),
      finder,
      peers,
      clusters,
    };
    const targets = checkTargets(partial);
    return { ...partial, targets, met: targets.every((t) => t.met) };
  } finally {
    await session.close();
    await ws.cleanup();
  }
}

/** Runs the suite for one database; returns true when the evaluation names reports the demo does not have. */
export async function exchangeSuite(db: DbKind, _options: SuiteOptions): Promise<boolean> {
  const report = await measure(db);
  const file = resultFile(db);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  printExchangeSummary(report);
  console.log(`  Ergebnis gespeichert: ${path.relative(root, file)}`);
  return "anonymous" in report.quality && report.quality.anonymous.unknownKeys.length > 0;
}
