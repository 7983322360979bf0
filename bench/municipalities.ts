// Suite "kommunen": directory and profile pages of the municipalities under load (bench/server.ts, demo data only).
// Writes bench/results/<db>.json; the scenarios and targets are in bench/report.ts.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { checkOk, pageWeight, withCpu } from "./measure.ts";
import { backgroundLoad, load, root, runFacts, startServer, stopServer, warmupSeconds, workspace, type DbKind } from "./process.ts";
import { evaluate, printSummary, scenarios, type DbReport, type ScenarioReport } from "./report.ts";

export interface SuiteOptions {
  duration: number;
  connections: number;
  profile: boolean;
}

async function benchmark(db: DbKind, options: SuiteOptions): Promise<DbReport> {
  const { duration, connections } = options;
  const ws = await workspace(db, options.profile ? db : null);
  const [idleBusy, loadAverage] = [await backgroundLoad(), os.loadavg()[0]];
  if (idleBusy !== null && idleBusy > 15)
    console.log(`\n⚠ Rechner vor dem Lauf zu ${idleBusy} % ausgelastet – Messwerte sind verfälscht / machine busy before the run.`);
  console.log(`\n▶ ${db}: Server starten und Demodaten laden …`);
  const started = Date.now();
  const { child, base: origin } = await startServer("bench/server.ts", ws.env, ws.profileDir);
  console.log(`  bereit nach ${((Date.now() - started) / 1000).toFixed(1)} s auf ${origin}`);
  try {
    for (const scenario of scenarios) await checkOk(origin, scenario.path);
    const pages = { profile: await pageWeight(origin, scenarios[1].path), directory: await pageWeight(origin, scenarios[0].path) };
    const reports: ScenarioReport[] = [];
    for (const scenario of scenarios) {
      console.log(`  ${scenario.label}: ${warmupSeconds} s Aufwärmen, dann ${duration} s × ${connections} Verbindungen …`);
      await load(origin + scenario.path, warmupSeconds, connections);
      const { result, usage } = await withCpu(child, "während der Messung", () => load(origin + scenario.path, duration, connections));
      reports.push({
        id: scenario.id,
        label: scenario.label,
        path: scenario.path,
        target: scenario.target,
        usage,
        check: evaluate(scenario, result),
        autocannon: result,
      });
    }
    await checkOk(origin, scenarios[1].path);
    return {
      suite: "kommunen",
      db,
      ...runFacts(ws.postgresVersion, idleBusy, loadAverage),
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
    await ws.cleanup();
    if (ws.profileDir) console.log(`  CPU-Profil: ${ws.profileDir}`);
  }
}

/** Runs the suite for one database; returns true when a run had failed requests. */
export async function municipalitiesSuite(db: DbKind, options: SuiteOptions): Promise<boolean> {
  const report = await benchmark(db, options);
  const file = path.join(root, "bench", "results", `${db}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  const failed = printSummary(report);
  console.log(`  Ergebnis gespeichert: ${path.relative(root, file)}`);
  return failed;
}
