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

export function checkTargets(r: Omit<ProgramReport, "targets" | "met">): TargetCheck[] {
  const t = programTargets;
  const o = r.obligations;
  const ev = r.events.load;
  const rps = ev.autocannon.requests.average;
  return [
    {
      id: "obligations-server",
      label: "Verpflichtungen: loadObligationInput + computeObligations (p95)",
      target: `≤ ${t.obligationsP95Ms} ms`,
      value: ms(o.direct.total.p95),
      met: o.direct.total.p95 <= t.obligationsP95Ms,
    },
    {
      id: "obligations-request",
      label: "GET /programm ganze Anfrage ohne Last, Serverzeit (p95)",
      target: `≤ ${t.obligationsP95Ms} ms`,
      value: o.request.server ? ms(o.request.server.p95) : "–",
      met: (o.request.server?.p95 ?? Infinity) <= t.obligationsP95Ms,
    },
    {
      id: "selection",
      label: `Platzvergabe selectApplicants, 1.000 Bewerbungen (max. von ${r.selection.direct.runs})`,
      target: `≤ ${t.selectionMaxMs} ms`,
      value: ms(r.selection.direct.max),
      met: r.selection.direct.max <= t.selectionMaxMs,
    },
    {
      id: "events",
      label: `GET /termine anonym, ${ev.connections} Verbindungen`,
      target: `≥ ${t.eventsRequestsPerSecond} req/s, 0 Fehler`,
      value: `${rps.toFixed(0)} req/s, ${ev.failures} Fehler`,
      met: rps >= t.eventsRequestsPerSecond && ev.failures === 0,
    },
  ];
}

const cpu = (u: LoadRun["usage"]) =>
  [u.appPercentOfOneCore, u.postgresPercentOfOneCore, u.loadGeneratorPercentOfOneCore, u.otherPercentOfOneCore].map((v) => v ?? "–").join("/") + " %";
const row = (label: string, s: Stats | null) => (s ? [label, String(s.runs), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)] : [label, "–", "–", "–", "–", "–"]);

/** Prints the summary; returns true when requests failed (errors, timeouts, non-2xx) during a load run. */
export function printProgramSummary(r: ProgramReport): boolean {
  const binding = r.db === "postgres" ? "" : " (Ziele gelten für PostgreSQL / targets apply to PostgreSQL)";
  console.log(`\n=== Programm · ${r.db} · ${r.cpus} CPUs · Node ${r.node} · ${r.durationSeconds} s je Lastlauf${binding}`);
  const d = r.dataset;
  console.log(
    `Daten: ${d.cohort} Kommunen, ${d.tandemMembers} Tandem-Sitze, ${d.events} Termine / ${d.eventDays} Tage, ${d.registrations} Anmeldungen, ${d.attendance} Anwesenheiten, ${d.checkIns} Check-Ins, ${d.applications} Bewerbungen (heute ${d.today})`,
  );
  const o = r.obligations;
  const timings = [["Zeiten / timings", "n", "p50", "p95", "p99", "max"]];
  timings.push(row("Verpflichtungen direkt: laden + berechnen", o.direct.total));
  timings.push(row("  davon loadObligationInput", o.direct.load));
  timings.push(row("  davon computeObligations", o.direct.compute));
  timings.push(row(`GET /programm ohne Last, Server (HTML ${(o.request.htmlBytes / 1024).toFixed(0)} KB)`, o.request.server));
  timings.push(row("GET /programm ohne Last, Client", o.request.client));
  timings.push(row(`GET /programm unter Last (${o.load.connections} Verb.), Server`, o.load.serverTimes));
  timings.push(row("selectApplicants(1.000 Bewerbungen, 7 Plätze)", r.selection.direct));
  timings.push(
    row(`GET ${r.selection.teamPage.path} (1.000 Bew., HTML ${(r.selection.teamPage.htmlBytes / 1024).toFixed(0)} KB), Server`, r.selection.teamPage.server),
  );
  timings.push(row(`GET ${r.selection.teamPage.path} (1.000 Bew.), Client`, r.selection.teamPage.client));
  console.log(table(timings));

  const loads = [["Last / load", "Verb.", "Req/s Ø", "p50 ms", "p97.5 ms", "p99 ms", "max ms", "Fehler+non-2xx", "CPU App/PG/ac/fremd"]];
  for (const l of [o.load, r.events.load]) {
    const a = l.autocannon;
    loads.push([
      l.path,
      String(l.connections),
      a.requests.average.toFixed(0),
      String(a.latency.p50),
      String(a.latency.p97_5),
      String(a.latency.p99),
      String(a.latency.max),
      String(l.failures),
      cpu(l.usage),
    ]);
  }
  console.log(`\n${table(loads)}`);
  console.log(
    `\n${table([["Ziel / target", "Wert / value", "Grenze / limit", "erreicht / met"], ...r.targets.map((t) => [t.label, t.value, t.target, yes(t.met)])])}`,
  );
  return o.load.failures + r.events.load.failures > 0;
}
