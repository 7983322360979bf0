// Lasttest / load test: `npm run bench [-- --db pglite|postgres] [--duration 20] [--connections 32] [--profile]`.
// Starts the app in a child process (bench/server.ts), checks that every URL answers 200, measures page and
// asset sizes, runs autocannon against each scenario, prints a summary and writes bench/results/<db>.json.
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pg from "pg";
import { checkOk, cpuBetween, cpuSnapshot, machineTicks, pageWeight } from "./measure.ts";
import { evaluate, printSummary, scenarios, type DbKind, type DbReport, type ScenarioReport } from "./report.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const adminUrl = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
const warmupSeconds = 3;

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "32" },
    profile: { type: "boolean", default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0) || !(connections > 0)) throw new Error("--duration und --connections müssen positive Zahlen sein.");
if (values.db && values.db !== "pglite" && values.db !== "postgres") throw new Error(`--db ${values.db}? Erlaubt: pglite, postgres`);

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 5432) });
    const done = (ok: boolean) => (socket.destroy(), resolve(ok));
    socket.setTimeout(1000, () => done(false));
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
  });
}

/** A fresh, dedicated database k360_bench next to the admin database. */
async function freshPostgres(): Promise<{ url: string; version: string }> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query("drop database if exists k360_bench with (force)");
    await client.query("create database k360_bench");
    const url = new URL(adminUrl);
    url.pathname = "/k360_bench";
    return { url: url.toString(), version: (await client.query("show server_version")).rows[0].server_version };
  } finally {
    await client.end();
  }
}

async function startServer(env: NodeJS.ProcessEnv, profileDir?: string): Promise<{ child: ChildProcess; base: string }> {
  const flags = profileDir ? ["--cpu-prof", `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...flags, "--import", "tsx", "bench/server.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split("\n").find((l) => l.startsWith("{"));
      if (line) resolve(JSON.parse(line).port);
    });
    child.once("exit", (code) => reject(new Error(`Server beendet mit Code ${code}, bevor er bereit war.`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => (clearTimeout(timer), resolve()));
    child.kill("SIGTERM");
  });
}

/** How busy the machine is before a run: other work (tests, browsers) on a 2-core machine distorts the figures. */
async function backgroundLoad(): Promise<number | null> {
  const before = await machineTicks();
  await new Promise((r) => setTimeout(r, 2000));
  const after = await machineTicks();
  return before && after ? Math.round(((after.busy - before.busy) / (after.total - before.total)) * 100) : null;
}

async function load(url: string, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections, duration: seconds, pipelining: 1 });
}

async function benchmark(db: DbKind): Promise<DbReport> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), "k360-bench-"));
  const { DATABASE_URL: _ignored, ...base } = process.env;
  const env: NodeJS.ProcessEnv = { ...base, DATA_DIR: path.join(tmp, "data"), OUTBOX_DIR: path.join(tmp, "outbox"), LOG_LEVEL: "warn" };
  const postgres = db === "postgres" ? await freshPostgres() : null;
  if (postgres) env.DATABASE_URL = postgres.url;
  const profileDir = values.profile ? path.join(os.tmpdir(), `k360-bench-profiles-${db}`) : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });

  const [idleBusy, loadAverage] = [await backgroundLoad(), os.loadavg()[0]];
  if (idleBusy !== null && idleBusy > 15) console.log(`\n⚠ Rechner vor dem Lauf zu ${idleBusy} % ausgelastet – Messwerte sind verfälscht / machine busy before the run.`);
  console.log(`\n▶ ${db}: Server starten und Demodaten laden …`);
  const started = Date.now();
  const { child, base: origin } = await startServer(env, profileDir);
  console.log(`  bereit nach ${((Date.now() - started) / 1000).toFixed(1)} s auf ${origin}`);
  try {
    for (const s of scenarios) await checkOk(origin, s.path);
    const pages = { profile: await pageWeight(origin, scenarios[1].path), directory: await pageWeight(origin, scenarios[0].path) };
    const reports: ScenarioReport[] = [];
    for (const s of scenarios) {
      console.log(`  ${s.label}: ${warmupSeconds} s Aufwärmen, dann ${duration} s × ${connections} Verbindungen …`);
      await load(origin + s.path, warmupSeconds);
      const before = await cpuSnapshot(child.pid!);
      const result = await load(origin + s.path, duration);
      const usage = cpuBetween(before, await cpuSnapshot(child.pid!), os.cpus().length);
      if ((usage.otherPercentOfOneCore ?? 0) > 15) console.log(`  ⚠ fremde Last während der Messung / foreign CPU load: ${usage.otherPercentOfOneCore} % eines Kerns`);
      reports.push({ id: s.id, label: s.label, path: s.path, target: s.target, usage, check: evaluate(s, result), autocannon: result });
    }
    await checkOk(origin, scenarios[1].path);
    return {
      db,
      date: new Date().toISOString(),
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? null,
      machineBusyPercentBeforeRun: idleBusy,
      loadAverage1mBeforeRun: Number(loadAverage.toFixed(2)),
      postgresVersion: postgres?.version ?? null,
      platform: `${os.type()} ${os.release()} ${os.arch()}`,
      durationSeconds: duration,
      warmupSeconds,
      connections,
      pipelining: 1,
      serverProcess: "child (node --import tsx bench/server.ts), autocannon in the parent process",
      scenarios: reports,
      pages,
    };
  } finally {
    await stopServer(child);
    await rm(tmp, { recursive: true, force: true });
    if (profileDir) console.log(`  CPU-Profil: ${profileDir}`);
  }
}

const wanted: DbKind[] = values.db ? [values.db as DbKind] : ["pglite", "postgres"];
let failed = false;
for (const db of wanted) {
  if (db === "postgres" && !(await reachable(adminUrl))) {
    const message = `PostgreSQL unter ${new URL(adminUrl).host} antwortet nicht – übersprungen.`;
    if (values.db) throw new Error(message);
    console.log(`\n▶ ${message}`);
    continue;
  }
  const report = await benchmark(db);
  const file = path.join(root, "bench", "results", `${db}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  failed = printSummary(report) || failed;
  console.log(`  Ergebnis gespeichert: ${path.relative(root, file)}`);
}
process.exit(failed ? 1 : 0);
