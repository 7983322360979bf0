// Suite "programm": the Fellow program at full size (50 tandems, two years of events, 1,000 applications).
// Starts bench/program-server.ts (which builds the data and times the code directly), then measures the pages over
// HTTP: the obligations overview as admin (one after the other, then 8 connections), the team's application page,
// and the public events page under load (32 connections). Writes bench/results/program-<db>.json.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { ChildProcess } from "node:child_process";
import { checkOk, cpuBetween, cpuSnapshot, get } from "./measure.ts";
import { backgroundLoad, load, machine, root, startServer, stats, stopServer, workspace, type DbKind, type Stats } from "./process.ts";
import { checkTargets, connections, printProgramSummary, type LoadRun, type ProgramReport } from "./program-report.ts";
import type { SuiteOptions } from "./municipalities.ts";

const warmupSeconds = 3;

interface ServerInfo {
  port: number;
  cookie: string;
  leadershipFormatId: number;
  today: string;
  size: Record<string, number>;
  seedSeconds: number;
  direct: { obligations: Stats; obligationsLoad: Stats; obligationsCompute: Stats; selection: Stats };
  runs: unknown;
  tandems: number;
  worstStatus: Record<string, number>;
}

/** Server-side time per route since the last call (bench/program-server.ts keeps them). */
async function serverTimes(base: string): Promise<Record<string, Stats>> {
  const res = await get(base, "/__bench/server-times");
  return JSON.parse(res.body.toString("utf8"));
}

/** Requests one after the other (after `warmup` unrecorded ones): client time and the app's own time per request. */
async function sequential(base: string, route: string, url: string, headers: Record<string, string>, warmup: number, runs: number) {
  let htmlBytes = 0;
  for (let i = 0; i < warmup; i++) await get(base, url, headers);
  await serverTimes(base);
  const client: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await get(base, url, headers);
    client.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${url} antwortet ${res.status} – Benchmark abgebrochen.`);
    htmlBytes = res.body.length;
  }
  return { client: stats(client), server: (await serverTimes(base))[route] ?? null, htmlBytes };
}

async function loadRun(child: ChildProcess, base: string, route: string, url: string, conns: number, seconds: number, profile: string | null, headers?: Record<string, string>): Promise<LoadRun> {
  console.log(`  ${url}: ${warmupSeconds} s Aufwärmen, dann ${seconds} s × ${conns} Verbindungen …`);
  await load(base + url, warmupSeconds, conns, headers);
  await serverTimes(base);
  if (profile) await get(base, "/__bench/profile/start");
  const before = await cpuSnapshot(child.pid!);
  const result = await load(base + url, seconds, conns, headers);
  const usage = cpuBetween(before, await cpuSnapshot(child.pid!), os.cpus().length);
  if (profile) console.log(`  CPU-Profil des Laufs: ${JSON.parse((await get(base, `/__bench/profile/stop?name=${profile}`)).body.toString()).file}`);
  if ((usage.otherPercentOfOneCore ?? 0) > 15) console.log(`  ⚠ fremde Last während der Messung / foreign CPU load: ${usage.otherPercentOfOneCore} % eines Kerns`);
  return { path: url, connections: conns, serverTimes: (await serverTimes(base))[route] ?? null, usage, failures: result.errors + result.timeouts + result.non2xx, autocannon: result };
}

async function measure(db: DbKind, options: SuiteOptions): Promise<ProgramReport> {
  const ws = await workspace(db, options.profile ? `program-${db}` : null);
  const [idleBusy, loadAverage] = [await backgroundLoad(), os.loadavg()[0]];
  if (idleBusy !== null && idleBusy > 15) console.log(`\n⚠ Rechner vor dem Lauf zu ${idleBusy} % ausgelastet – Messwerte sind verfälscht / machine busy before the run.`);
  console.log(`\n▶ ${db} · Programm: Server starten, Demo- und Programmdaten laden, Code direkt messen …`);
  const started = Date.now();
  const env = ws.profileDir ? { ...ws.env, BENCH_PROFILE_DIR: ws.profileDir } : ws.env;
  const { child, base, info } = await startServer<ServerInfo>("bench/program-server.ts", env, ws.profileDir);
  console.log(`  bereit nach ${((Date.now() - started) / 1000).toFixed(1)} s auf ${base} (Daten: ${info.seedSeconds} s)`);
  try {
    const admin = { cookie: info.cookie };
    const teamPath = `/programm/bewerbungen/${info.leadershipFormatId}`;
    await checkOk(base, "/programm", admin);
    await checkOk(base, teamPath, admin);
    await checkOk(base, "/termine");
    const overviewRequest = await sequential(base, "/programm", "/programm", admin, 5, 50);
    const teamPage = await sequential(base, "/programm/bewerbungen/:formatId", teamPath, admin, 1, 5);
    const profile = (name: string) => (ws.profileDir ? name : null);
    const overviewLoad = await loadRun(child, base, "/programm", "/programm", connections.overview, options.duration, profile("programm-last"), admin);
    const eventsLoad = await loadRun(child, base, "/termine", "/termine", connections.events, options.duration, profile("termine-last"));
    await checkOk(base, "/termine");
    const { port: _p, cookie: _c, direct, size, ...rest } = info;
    const partial = {
      suite: "programm" as const,
      db,
      date: new Date().toISOString(),
      ...machine(),
      postgresVersion: ws.postgresVersion,
      machineBusyPercentBeforeRun: idleBusy,
      loadAverage1mBeforeRun: Number(loadAverage.toFixed(2)),
      durationSeconds: options.duration,
      warmupSeconds,
      serverProcess: "child (node --import tsx bench/program-server.ts), autocannon and HTTP clients in the parent process",
      dataset: { ...size, ...rest },
      obligations: { direct: { total: direct.obligations, load: direct.obligationsLoad, compute: direct.obligationsCompute }, request: overviewRequest, load: overviewLoad },
      selection: { direct: direct.selection, teamPage: { path: teamPath, ...teamPage } },
      events: { load: eventsLoad },
    };
    const targets = checkTargets(partial);
    return { ...partial, targets, met: targets.every((t) => t.met) };
  } finally {
    await stopServer(child);
    await ws.cleanup();
    if (ws.profileDir) console.log(`  CPU-Profil: ${ws.profileDir} (Auswertung: npx tsx bench/profile-top.ts ${ws.profileDir})`);
  }
}

/** Runs the suite for one database; returns true when requests failed during a load run. */
export async function programSuite(db: DbKind, options: SuiteOptions): Promise<boolean> {
  const report = await measure(db, options);
  const file = path.join(root, "bench", "results", `program-${db}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  const failed = printProgramSummary(report);
  console.log(`  Ergebnis gespeichert: ${path.relative(root, file)}`);
  return failed;
}
