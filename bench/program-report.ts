// Targets of the program suite, the shape of bench/results/program-<db>.json and the printed summary.
import type { DbKind, RunFacts, Stats } from "./process.ts";
import type { LoadRun } from "./instrument-client.ts";
import { table, yes } from "./report.ts";

/** The targets; they hold for PostgreSQL on a 2-core machine, PGlite is shown for comparison. */
export const programTargets = { obligationsP95Ms: 100, selectionMaxMs: 1000, eventsRequestsPerSecond: 1000 };
export const connections = { overview: 8, events: 32 };

export interface TargetCheck {
  id: string;
  label: string;
  target: string;
  value: string;
  met: boolean;
}

export interface ProgramReport extends RunFacts {
  suite: "programm";
  db: DbKind;
  durationSeconds: number;
  warmupSeconds: number;
  serverProcess: string;
  dataset: Record<string, unknown>;
  obligations: {
    /** loadObligationInput + computeObligations called directly in the app process, whole cohort, ms. */
    direct: { total: Stats; load: Stats; compute: Stats };
    /** GET /programm one after the other without load: client-measured (new connection each) and server-side ms. */
    request: { client: Stats; server: Stats | null; htmlBytes: number };
    load: LoadRun;
  };
  selection: { direct: Stats; teamPage: { path: string; client: Stats; server: Stats | null; htmlBytes: number } };
  events: { load: LoadRun };
  targets: TargetCheck[];
  met: boolean;
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

export function checkTargets(report: Omit<ProgramReport, "targets" | "met">): TargetCheck[] {
  const item = programTargets;
  const obligations = report.obligations;
  const ev = report.events.load;
  const rps = ev.autocannon.requests.average;
  return [
    {
      id: "obligations-server",
      label: "Verpflichtungen: loadObligationInput + computeObligations (p95)",
      target: `≤ ${item.obligationsP95Ms} ms`,
      value: ms(obligations.direct.total.p95),
      met: obligations.direct.total.p95 <= item.obligationsP95Ms,
    },
    {
      id: "obligations-request",
      label: "GET /programm ganze Anfrage ohne Last, Serverzeit (p95)",
      target: `≤ ${item.obligationsP95Ms} ms`,
      value: obligations.request.server ? ms(obligations.request.server.p95) : "–",
      met: (obligations.request.server?.p95 ?? Infinity) <= item.obligationsP95Ms,
    },
    {
      id: "selection",
      label: `Platzvergabe selectApplicants, 1.000 Bewerbungen (max. von ${report.selection.direct.runs})`,
      target: `≤ ${item.selectionMaxMs} ms`,
      value: ms(report.selection.direct.max),
      met: report.selection.direct.max <= item.selectionMaxMs,
    },
    {
      id: "events",
      label: `GET /termine anonym, ${ev.connections} Verbindungen`,
      target: `≥ ${item.eventsRequestsPerSecond} req/s, 0 Fehler`,
      value: `${rps.toFixed(0)} req/s, ${ev.failures} Fehler`,
      met: rps >= item.eventsRequestsPerSecond && ev.failures === 0,
    },
  ];
}

const cpu = (u: LoadRun["usage"]) =>
  [u.appPercentOfOneCore, u.postgresPercentOfOneCore, u.loadGeneratorPercentOfOneCore, u.otherPercentOfOneCore].map((v) => v ?? "–").join("/") + " %";
const row = (label: string, s: Stats | null) => (s ? [label, String(s.runs), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)] : [label, "–", "–", "–", "–", "–"]);

/** Prints the summary; returns true when requests failed (errors, timeouts, non-2xx) during a load run. */
export function printProgramSummary(programReport: ProgramReport): boolean {
  const binding = programReport.db === "postgres" ? "" : " (Ziele gelten für PostgreSQL / targets apply to PostgreSQL)";
  console.log(
    `\n=== Programm · ${programReport.db} · ${programReport.cpus} CPUs · Node ${programReport.node} · ${programReport.durationSeconds} s je Lastlauf${binding}`,
  );
  const dataset = programReport.dataset;
  console.log(
    `Daten: ${dataset.cohort} Kommunen, ${dataset.tandemMembers} Tandem-Sitze, ${dataset.events} Termine / ${dataset.eventDays} Tage, ${dataset.registrations} Anmeldungen, ${dataset.attendance} Anwesenheiten, ${dataset.checkIns} Check-Ins, ${dataset.applications} Bewerbungen (heute ${dataset.today})`,
  );
  const obligations = programReport.obligations;
  const timings = [["Zeiten / timings", "n", "p50", "p95", "p99", "max"]];
  timings.push(row("Verpflichtungen direkt: laden + berechnen", obligations.direct.total));
  timings.push(row("  davon loadObligationInput", obligations.direct.load));
  timings.push(row("  davon computeObligations", obligations.direct.compute));
  timings.push(row(`GET /programm ohne Last, Server (HTML ${(obligations.request.htmlBytes / 1024).toFixed(0)} KB)`, obligations.request.server));
  timings.push(row("GET /programm ohne Last, Client", obligations.request.client));
  timings.push(row(`GET /programm unter Last (${obligations.load.connections} Verb.), Server`, obligations.load.serverTimes));
  timings.push(row("selectApplicants(1.000 Bewerbungen, 7 Plätze)", programReport.selection.direct));
  timings.push(
    row(
      `GET ${programReport.selection.teamPage.path} (1.000 Bew., HTML ${(programReport.selection.teamPage.htmlBytes / 1024).toFixed(0)} KB), Server`,
      programReport.selection.teamPage.server,
    ),
  );
  timings.push(row(`GET ${programReport.selection.teamPage.path} (1.000 Bew.), Client`, programReport.selection.teamPage.client));
  console.log(table(timings));

  const loads = [["Last / load", "Verb.", "Req/s Ø", "p50 ms", "p97.5 ms", "p99 ms", "max ms", "Fehler+non-2xx", "CPU App/PG/ac/fremd"]];
  for (const loadRun of [obligations.load, programReport.events.load]) {
    const autocannon = loadRun.autocannon;
    loads.push([
      loadRun.path,
      String(loadRun.connections),
      autocannon.requests.average.toFixed(0),
      String(autocannon.latency.p50),
      String(autocannon.latency.p97_5),
      String(autocannon.latency.p99),
      String(autocannon.latency.max),
      String(loadRun.failures),
      cpu(loadRun.usage),
    ]);
  }
  console.log(`\n${table(loads)}`);
  console.log(
    `\n${table([["Ziel / target", "Wert / value", "Grenze / limit", "erreicht / met"], ...programReport.targets.map((t) => [t.label, t.value, t.target, yes(t.met)])])}`,
  );
  return obligations.load.failures + programReport.events.load.failures > 0;
}
