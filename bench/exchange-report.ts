// Targets of the suite "austausch", the shape of bench/results/exchange-<db>.json and the printed summary.
import type { DbKind, RunFacts, Stats } from "./process.ts";
import type { TargetCheck } from "./program-report.ts";
import { table, yes } from "./report.ts";
import type { ClusterTimes, FinderTimes, PeerTimes, Quality } from "./exchange-measure.ts";

/** The issue's targets: search quality on the demo data, speed on 100,000 reports (the finder's per database). */
export const exchangeTargets = {
  recallAt10: 0.9,
  mrr: 0.7,
  finderP95Ms: { postgres: 50, pglite: 200 } as Record<DbKind, number>,
  peersP95Ms: 50,
  clustersMaxMs: 1000,
};

export interface ExchangeReport extends RunFacts {
  suite: "austausch";
  db: DbKind;
  process: string;
  /** generate: the seconds of the run that built the data (also when it came from the cache now). */
  seconds: { prepare: number; generate: Record<string, number>; cached: boolean; cacheKey: string; restoreOrStore: number; total: number };
  dataset: { size: Record<string, number>; audiences: Record<string, number>; analysis: string };
  /** Measured on the freshly prepared demo database, before any generated data: anonymous (the target) and team. */
  quality: { anonymous: Quality; team: Quality } | { missing: string };
  /** The same evaluation in the last result file of the other database: queries whose ranks or top 3 differ. */
  qualityAgreement: { with: DbKind; date: string; sameCode: boolean; differingQueries: string[] } | null;
  finder: FinderTimes;
  peers: PeerTimes;
  clusters: ClusterTimes;
  targets: TargetCheck[];
  met: boolean;
}

const msText = (v: number) => `${v.toFixed(1)} ms`;
const count = (v: number) => v.toLocaleString("de-DE");

const rankingOf = (q: Quality["perQuery"][number]) => JSON.stringify([q.relevant.map((r) => r.rank), q.top3]);

/** Compares this run's evaluation with the stored result of the other database (same code, same demo data). */
export function compareQuality(
  quality: ExchangeReport["quality"],
  cacheKey: string,
  other: Pick<ExchangeReport, "db" | "date" | "quality" | "seconds"> | null,
): ExchangeReport["qualityAgreement"] {
  if (!other || !("anonymous" in quality) || !("anonymous" in other.quality)) return null;
  const theirs = new Map(other.quality.anonymous.perQuery.map((q) => [q.query, rankingOf(q)]));
  const differing = quality.anonymous.perQuery.filter((q) => theirs.get(q.query) !== rankingOf(q)).map((q) => q.query);
  return { with: other.db, date: other.date, sameCode: other.seconds?.cacheKey === cacheKey, differingQueries: differing };
}

export function checkTargets(report: Omit<ExchangeReport, "targets" | "met">): TargetCheck[] {
  const item = exchangeTargets;
  const checks: TargetCheck[] = [];
  if ("anonymous" in report.quality) {
    const anonymous = report.quality.anonymous;
    checks.push({
      id: "recall",
      label: `Suchqualität Recall@10 (${anonymous.queries} Anfragen, anonym, Demo-Daten)`,
      target: `≥ ${item.recallAt10}`,
      value: anonymous.recallAt10.toFixed(3),
      met: anonymous.recallAt10 >= item.recallAt10,
    });
    checks.push({
      id: "mrr",
      label: "Suchqualität MRR (erster relevanter Treffer)",
      target: `≥ ${item.mrr}`,
      value: anonymous.mrr.toFixed(3),
      met: anonymous.mrr >= item.mrr,
    });
  }
  const finder = report.finder.findForProblem.all;
  const limit = item.finderP95Ms[report.db];
  checks.push({
    id: "finder",
    label: `findForProblem, ${count(report.dataset.size.reports)} Berichte, ${report.finder.queries} Anfragen × 3 Leser (p95)`,
    target: `≤ ${limit} ms (${report.db})`,
    value: msText(finder.p95),
    met: finder.p95 <= limit,
  });
  checks.push({
    id: "peers",
    label: `findPeers, ${report.peers.municipalities} Kommunen (p95)`,
    target: `≤ ${item.peersP95Ms} ms`,
    value: msText(report.peers.times.p95),
    met: report.peers.times.p95 <= item.peersP95Ms,
  });
  checks.push({
    id: "clusters",
    label: `suggestClusters, Kohorte von ${report.clusters.municipalities} (max. von ${report.clusters.times.runs})`,
    target: `≤ ${item.clustersMaxMs} ms`,
    value: msText(report.clusters.times.max),
    met: report.clusters.times.max <= item.clustersMaxMs,
  });
  return checks;
}

const row = (label: string, s: Stats) => [label, String(s.runs), msText(s.p50), msText(s.p95), msText(s.p99), msText(s.max)];
const weak = (q: Quality["perQuery"][number]) => q.recallAt10 < 1 || q.reciprocalRank < 0.5;

function printQuality(quality: ExchangeReport["quality"], agreement: ExchangeReport["qualityAgreement"]): void {
  if (!("anonymous" in quality)) {
    console.log(`\nSuchqualität: nicht gemessen – ${quality.missing}`);
    return;
  }
  const { anonymous, team } = quality;
  console.log(`\nSuchqualität auf den Demo-Daten (${anonymous.queries} Anfragen, nur Berichte, erste Finder-Seite = 30 Treffer):`);
  console.log(
    `  anonym: Recall@10 ${anonymous.recallAt10.toFixed(3)}, MRR ${anonymous.mrr.toFixed(3)} · Team (liest alles): Recall@10 ${team.recallAt10.toFixed(3)}, MRR ${team.mrr.toFixed(3)}`,
  );
  if (agreement) {
    const same = agreement.differingQueries.length === 0;
    const code = agreement.sameCode ? "gleicher Code" : "⚠ anderer Code-Stand in src/, Vergleich nur bedingt aussagekräftig";
    console.log(
      `  Vergleich mit dem letzten ${agreement.with}-Lauf (${agreement.date.slice(0, 16)}, ${code}): ${same ? "gleiche Ränge und Top 3 bei allen Anfragen" : `${agreement.differingQueries.length} Anfragen mit anderen Rängen: ${agreement.differingQueries.map((q) => `„${q}“`).join(", ")}`}`,
    );
  }
  if (anonymous.unknownKeys.length) console.log(`  ⚠ relevante Schlüssel ohne Demo-Bericht: ${anonymous.unknownKeys.join(", ")}`);
  const failing = anonymous.perQuery.filter(weak);
  if (failing.length === 0) return;
  console.log(`  Schwache Anfragen (anonym: nicht alle relevanten unter den ersten 10, oder der erste erst ab Rang 3) – ${failing.length}:`);
  for (const queryQuality of failing) {
    const ranks = queryQuality.relevant.map((r) => `${r.key} ${r.rank ?? "–"}${r.readable ? "" : " (nicht öffentlich)"}`).join(", ");
    const fixes = [
      queryQuality.corrected.length ? `korrigiert: ${queryQuality.corrected.join(", ")}` : "",
      queryQuality.unknown.length ? `unbekannt: ${queryQuality.unknown.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join("; ");
    console.log(
      `  · „${queryQuality.query}“ [${queryQuality.note}]${fixes ? ` (${fixes})` : ""}\n      Ränge: ${ranks}\n      Top 3: ${queryQuality.top3.map((t) => `„${t}“`).join(" | ") || "keine Treffer"}`,
    );
  }
}

export function printExchangeSummary(exchangeReport: ExchangeReport): void {
  const size = exchangeReport.dataset.size;
  console.log(
    `\n=== Austausch · ${exchangeReport.db} · ${exchangeReport.cpus} CPUs · Node ${exchangeReport.node}${exchangeReport.postgresVersion ? ` · PostgreSQL ${exchangeReport.postgresVersion}` : ""} · Code ${exchangeReport.commit}`,
  );
  if ((exchangeReport.machineBusyPercentBeforeRun ?? 0) > 15)
    console.log(
      `⚠ Rechner vor dem Lauf zu ${exchangeReport.machineBusyPercentBeforeRun} % ausgelastet (Last ${exchangeReport.loadAverage1mBeforeRun}) – Zeiten sind zu hoch.`,
    );
  const generate = exchangeReport.seconds.generate;
  console.log(
    `Daten: ${count(size.municipalities)} Kommunen (Kohorte ${size.cohort}), ${count(size.reports)} veröffentlichte Berichte (${count(size.reportsWithFailures)} mit Misserfolgen), ${count(size.changeProjects)} Vorhaben, ${count(size.searchDocuments)} Suchdokumente, ${count(size.searchTerms)} Begriffe`,
  );
  console.log(
    `  Zielgruppen der Berichte: ${Object.entries(exchangeReport.dataset.audiences)
      .map(([k, v]) => `${k} ${((v / size.reports) * 100).toFixed(1)} %`)
      .join(", ")}`,
  );
  console.log(`  Suchvektoren der Berichte: ${exchangeReport.dataset.analysis}`);
  const origin = exchangeReport.seconds.cached
    ? `aus dem Zwischenspeicher (${exchangeReport.seconds.restoreOrStore} s; erzeugt hatten`
    : `erzeugt (und zwischengespeichert in ${exchangeReport.seconds.restoreOrStore} s):`;
  console.log(
    `  Demo vorbereiten ${exchangeReport.seconds.prepare} s; Daten ${origin} ${Object.entries(generate)
      .map(([k, v]) => `${k} ${v} s`)
      .join(", ")}${exchangeReport.seconds.cached ? ")" : ""}; gesamt ${exchangeReport.seconds.total} s`,
  );
  printQuality(exchangeReport.quality, exchangeReport.qualityAgreement);

  const finder = exchangeReport.finder;
  const timings = [["Zeiten / timings", "n", "p50", "p95", "p99", "max"]];
  for (const [label, text] of [
    ["search()", finder.search],
    ["findForProblem()", finder.findForProblem],
  ] as const) {
    timings.push(row(`${label} alle Leser`, text.all));
    for (const reader of finder.readers) timings.push(row(`  ${reader.label}`, (text as Record<string, Stats>)[reader.id]));
  }
  timings.push(row(`findPeers (${exchangeReport.peers.municipalities} Kommunen)`, exchangeReport.peers.times));
  timings.push(
    row(
      `suggestClusters (Kohorte ${exchangeReport.clusters.municipalities}, ${count(exchangeReport.clusters.documents)} Dokumente)`,
      exchangeReport.clusters.times,
    ),
  );
  console.log(`\nProblemfinder: ${finder.queries} Anfragen × ${finder.readers.length} Leser, ohne Filter, Seite 1; ${finder.withoutHits} Läufe ohne Treffer`);
  console.log(table(timings));
  console.log("Langsamste Anfragen (findForProblem):");
  for (const text of finder.slowest.slice(0, 5))
    console.log(`  ${msText(text.finderMs)} (search ${msText(text.searchMs)}, ${text.reader}, ${text.hits} Treffer): „${text.query}“`);
  console.log(
    `Peers: ${exchangeReport.peers.withoutPeers} von ${exchangeReport.peers.municipalities} Kommunen ohne Peers; z. B. ${exchangeReport.peers.examples[0]?.name}: ${exchangeReport.peers.examples[0]?.peers.join(", ")}`,
  );
  console.log(`AG-Themen (${exchangeReport.clusters.clusters.length}): ${exchangeReport.clusters.clusters.map((c) => `${c.title} (${c.size})`).join(" · ")}`);
  console.log(
    `\n${table([["Ziel / target", "Wert / value", "Grenze / limit", "erreicht / met"], ...exchangeReport.targets.map((t) => [t.label, t.value, t.target, yes(t.met)])])}`,
  );
}
