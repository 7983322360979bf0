// Suite "programm": the Fellow program at full size (50 tandems, two years of events, 1,000 applications).
// Starts bench/program-server.ts (which builds the data and times the code directly), then measures the pages over
// HTTP: the obligations overview as admin (one after the other, then 8 connections), the team's application page,
// and the public events page under load (32 connections). Writes bench/results/program-<db>.json.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { checkOk, get } from "./measure.ts";
import { backgroundLoad, root, runFacts, startServer, stats, stopServer, warmupSeconds, workspace, type DbKind, type Stats } from "./process.ts";
import { loadRun, serverTimes } from "./instrument-client.ts";
import { checkTargets, connections, printProgramSummary, type ProgramReport } from "./program-report.ts";
import type { SuiteOptions } from "./municipalities.ts";

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

/** Requests one after the other (after `warmup` unrecorded ones): client time and the app's own time per request. */
async function sequential(base: string, route: string, url: string, headers: Record<string, string>, warmup: number, runs: number) {
  let htmlBytes = 0;
  for (let index = 0; index < warmup; index++) await get(base, url, headers);
  await serverTimes(base);
  const client: number[] = [];
  for (let index = 0; index < runs; index++) {
    const t0 = performance.now();
    const res = await get(base, url, headers);
    client.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${url} antwortet ${res.status} – Benchmark abgebrochen.`);
    htmlBytes = res.body.length;
  }
  return { client: stats(client), server: (await serverTimes(base))[route] ?? null, htmlBytes };
}

async function measure(db: DbKind, options: SuiteOptions): Promise<ProgramReport> {
  const ws = await workspace(db, options.profile ? `program-${db}` : null);
  const [idleBusy, loadAverage] = [await backgroundLoad(), os.loadavg()[0]];
  if (idleBusy !== null && idleBusy > 15)
    console.log(`\n⚠ Rechner vor dem Lauf zu ${idleBusy} % ausgelastet – Messwerte sind verfälscht / machine busy before the run.`);
  console.log(`\n▶ ${db} · Programm: Server starten, Demo- und Programmdaten laden, Code direkt messen …`);
  const started = Date.now();
  const { child, base, info } = await startServer<ServerInfo>("bench/program-server.ts", ws.env, ws.profileDir);
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
      ...runFacts(ws.postgresVersion, idleBusy, loadAverage),
      durationSeconds: options.duration,
      warmupSeconds,
      serverProcess: "child (node --import tsx bench/program-server.ts), autocannon and HTTP clients in the parent process",
      dataset: { ...size, ...rest },
      obligations: {
        direct: { total: direct.obligations, load: direct.obligationsLoad, compute: direct.obligationsCompute },
        request: overviewRequest,
        load: overviewLoad,
      },
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
