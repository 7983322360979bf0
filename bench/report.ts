// Scenarios, targets and the printed summary of bench/run.ts.
import type autocannon from "autocannon";
import type { cpuBetween, PageWeight } from "./measure.ts";
import type { DbKind, RunFacts } from "./process.ts";

export interface Target {
  minRequestsPerSecond: number;
  maxP99Ms?: number;
}

export interface Scenario {
  id: string;
  label: string;
  path: string;
  target: Target;
}

/** The targets of the issue hold for PostgreSQL on a 2-core machine; on PGlite they are shown for comparison. */
export const scenarios: Scenario[] = [
  { id: "verzeichnis", label: "Verzeichnis mit Filter", path: "/kommunen?land=05&sortierung=einwohner-absteigend", target: { minRequestsPerSecond: 800 } },
  { id: "profil", label: "Profilseite", path: "/kommunen/05314-bonn", target: { minRequestsPerSecond: 1500, maxP99Ms: 50 } },
];

export const limits = { profileHtmlBytes: 40 * 1024, assetsTransferredBytes: 60 * 1024 };

export interface Check {
  requestsPerSecond: number;
  requestsOk: boolean;
  p99Ok: boolean;
  /** errors + timeouts + non-2xx responses; anything but 0 makes the run worthless. */
  failures: number;
  met: boolean;
}

export interface ScenarioReport {
  id: string;
  label: string;
  path: string;
  target: Target;
  /** CPU during the measured run: app process, PostgreSQL, autocannon (this process), anything else; and the whole machine. */
  usage: ReturnType<typeof cpuBetween>;
  check: Check;
  autocannon: autocannon.Result;
}

export interface DbReport extends RunFacts {
  suite: "kommunen";
  db: DbKind;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  pipelining: number;
  serverProcess: string;
  scenarios: ScenarioReport[];
  pages: { profile: PageWeight; directory: PageWeight };
}

export function evaluate(scenario: Scenario, result: autocannon.Result): Check {
  const requestsOk = result.requests.average >= scenario.target.minRequestsPerSecond;
  const p99Ok = scenario.target.maxP99Ms === undefined || result.latency.p99 <= scenario.target.maxP99Ms;
  const failures = result.errors + result.timeouts + result.non2xx;
  return { requestsPerSecond: result.requests.average, requestsOk, p99Ok, failures, met: requestsOk && p99Ok && failures === 0 };
}

export const yes = (ok: boolean) => (ok ? "ja / yes" : "NEIN / NO");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

/** Prints the summary; returns true when a run had errors or non-2xx responses. */
export function printSummary(report: DbReport): boolean {
  const binding = report.db === "postgres" ? "" : " (Ziele gelten für PostgreSQL / targets apply to PostgreSQL)";
  console.log(
    `\n=== ${report.db} · ${report.durationSeconds} s · ${report.connections} Verbindungen/connections · ${report.cpus} CPUs · Node ${report.node}${binding}`,
  );
  const rows = [
    ["Szenario / scenario", "Req/s Ø", "p50 ms", "p97.5 ms", "p99 ms", "Fehler/errors", "non-2xx", "CPU App/PG/ac/fremd", "Ziel / target", "erreicht / met"],
  ];
  for (const scenario of report.scenarios) {
    const measured = scenario.autocannon;
    const target = `≥ ${scenario.target.minRequestsPerSecond}/s${scenario.target.maxP99Ms ? `, p99 ≤ ${scenario.target.maxP99Ms} ms` : ""}`;
    rows.push([
      `${scenario.label} ${scenario.path}`,
      measured.requests.average.toFixed(0),
      String(measured.latency.p50),
      String(measured.latency.p97_5),
      String(measured.latency.p99),
      String(measured.errors + measured.timeouts),
      String(measured.non2xx),
      [
        scenario.usage.appPercentOfOneCore,
        scenario.usage.postgresPercentOfOneCore,
        scenario.usage.loadGeneratorPercentOfOneCore,
        scenario.usage.otherPercentOfOneCore,
      ]
        .map((v) => v ?? "–")
        .join("/") + " %",
      target,
      yes(scenario.check.met),
    ]);
  }
  console.log(table(rows));

  const { profile, directory } = report.pages;
  const sizes = [["Größe / size", "Wert / value", "Grenze / limit", "erreicht / met"]];
  sizes.push([`HTML Profilseite ${profile.path}`, kb(profile.htmlBytes), kb(limits.profileHtmlBytes), yes(profile.htmlBytes <= limits.profileHtmlBytes)]);
  sizes.push([`  übertragen mit br/gzip (${profile.contentEncodingWithBrGzip ?? "unkomprimiert"})`, kb(profile.htmlTransferredBytesWithBrGzip), "–", "–"]);
  for (const page of [profile, directory]) {
    const ok = page.assetsTransferredBytes <= limits.assetsTransferredBytes && page.assets.length > 0;
    sizes.push([
      `CSS+JS komprimiert, ${page.assets.length} Datei(en) · ${page.path}`,
      kb(page.assetsTransferredBytes),
      kb(limits.assetsTransferredBytes),
      yes(ok),
    ]);
  }
  for (const asset of profile.assets) {
    sizes.push([
      `  ${asset.url} (${asset.status}, ${asset.contentEncoding ?? "identity"})`,
      kb(asset.transferredBytes),
      "1 Jahr immutable",
      yes(asset.immutableOneYear),
    ]);
    sizes.push([`    cache-control: ${asset.cacheControl ?? "–"}`, "", "", ""]);
  }
  console.log(`\n${table(sizes)}`);
  return report.scenarios.some((s) => s.check.failures > 0);
}
