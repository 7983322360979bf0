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
const n = (v: number) => v.toLocaleString("de-DE");

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

export function checkTargets(r: Omit<ExchangeReport, "targets" | "met">): TargetCheck[] {
  const t = exchangeTargets;
  const checks: TargetCheck[] = [];
  if ("anonymous" in r.quality) {
    const q = r.quality.anonymous;
    checks.push({
      id: "recall",
      label: `Suchqualität Recall@10 (${q.queries} Anfragen, anonym, Demo-Daten)`,
      target: `≥ ${t.recallAt10}`,
      value: q.recallAt10.toFixed(3),
      met: q.recallAt10 >= t.recallAt10,
    });
    checks.push({ id: "mrr", label: "Suchqualität MRR (erster relevanter Treffer)", target: `≥ ${t.mrr}`, value: q.mrr.toFixed(3), met: q.mrr >= t.mrr });
  }
  const finder = r.finder.findForProblem.all;
  const limit = t.finderP95Ms[r.db];
  checks.push({
    id: "finder",
    label: `findForProblem, ${n(r.dataset.size.reports)} Berichte, ${r.finder.queries} Anfragen × 3 Leser (p95)`,
    target: `≤ ${limit} ms (${r.db})`,
    value: msText(finder.p95),
    met: finder.p95 <= limit,
  });
  checks.push({
    id: "peers",
    label: `findPeers, ${r.peers.municipalities} Kommunen (p95)`,
    target: `≤ ${t.peersP95Ms} ms`,
    value: msText(r.peers.times.p95),
    met: r.peers.times.p95 <= t.peersP95Ms,
  });
  checks.push({
    id: "clusters",
    label: `suggestClusters, Kohorte von ${r.clusters.municipalities} (max. von ${r.clusters.times.runs})`,
    target: `≤ ${t.clustersMaxMs} ms`,
    value: msText(r.clusters.times.max),
    met: r.clusters.times.max <= t.clustersMaxMs,
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
  const { anonymous: a, team } = quality;
  console.log(`\nSuchqualität auf den Demo-Daten (${a.queries} Anfragen, nur Berichte, erste Finder-Seite = 30 Treffer):`);
  console.log(
    `  anonym: Recall@10 ${a.recallAt10.toFixed(3)}, MRR ${a.mrr.toFixed(3)} · Team (liest alles): Recall@10 ${team.recallAt10.toFixed(3)}, MRR ${team.mrr.toFixed(3)}`,
  );
  if (agreement) {
    const same = agreement.differingQueries.length === 0;
    const code = agreement.sameCode ? "gleicher Code" : "⚠ anderer Code-Stand in src/, Vergleich nur bedingt aussagekräftig";
    console.log(
      `  Vergleich mit dem letzten ${agreement.with}-Lauf (${agreement.date.slice(0, 16)}, ${code}): ${same ? "gleiche Ränge und Top 3 bei allen Anfragen" : `${agreement.differingQueries.length} Anfragen mit anderen Rängen: ${agreement.differingQueries.map((q) => `„${q}“`).join(", ")}`}`,
    );
  }
  if (a.unknownKeys.length) console.log(`  ⚠ relevante Schlüssel ohne Demo-Bericht: ${a.unknownKeys.join(", ")}`);
  const failing = a.perQuery.filter(weak);
  if (failing.length === 0) return;
  console.log(`  Schwache Anfragen (anonym: nicht alle relevanten unter den ersten 10, oder der erste erst ab Rang 3) – ${failing.length}:`);
  for (const q of failing) {
    const ranks = q.relevant.map((r) => `${r.key} ${r.rank ?? "–"}${r.readable ? "" : " (nicht öffentlich)"}`).join(", ");
    const fixes = [q.corrected.length ? `korrigiert: ${q.corrected.join(", ")}` : "", q.unknown.length ? `unbekannt: ${q.unknown.join(", ")}` : ""]
      .filter(Boolean)
      .join("; ");
    console.log(
      `  · „${q.query}“ [${q.note}]${fixes ? ` (${fixes})` : ""}\n      Ränge: ${ranks}\n      Top 3: ${q.top3.map((t) => `„${t}“`).join(" | ") || "keine Treffer"}`,
    );
  }
}

export function printExchangeSummary(r: ExchangeReport): void {
  const d = r.dataset.size;
  console.log(`\n=== Austausch · ${r.db} · ${r.cpus} CPUs · Node ${r.node}${r.postgresVersion ? ` · PostgreSQL ${r.postgresVersion}` : ""} · Code ${r.commit}`);
  if ((r.machineBusyPercentBeforeRun ?? 0) > 15)
    console.log(`⚠ Rechner vor dem Lauf zu ${r.machineBusyPercentBeforeRun} % ausgelastet (Last ${r.loadAverage1mBeforeRun}) – Zeiten sind zu hoch.`);
  const g = r.seconds.generate;
  console.log(
    `Daten: ${n(d.municipalities)} Kommunen (Kohorte ${d.cohort}), ${n(d.reports)} veröffentlichte Berichte (${n(d.reportsWithFailures)} mit Misserfolgen), ${n(d.changeProjects)} Vorhaben, ${n(d.searchDocuments)} Suchdokumente, ${n(d.searchTerms)} Begriffe`,
  );
  console.log(
    `  Zielgruppen der Berichte: ${Object.entries(r.dataset.audiences)
      .map(([k, v]) => `${k} ${((v / d.reports) * 100).toFixed(1)} %`)
      .join(", ")}`,
  );
  console.log(`  Suchvektoren der Berichte: ${r.dataset.analysis}`);
  const origin = r.seconds.cached
    ? `aus dem Zwischenspeicher (${r.seconds.restoreOrStore} s; erzeugt hatten`
    : `erzeugt (und zwischengespeichert in ${r.seconds.restoreOrStore} s):`;
  console.log(
    `  Demo vorbereiten ${r.seconds.prepare} s; Daten ${origin} ${Object.entries(g)
      .map(([k, v]) => `${k} ${v} s`)
      .join(", ")}${r.seconds.cached ? ")" : ""}; gesamt ${r.seconds.total} s`,
  );
  printQuality(r.quality, r.qualityAgreement);

  const f = r.finder;
  const timings = [["Zeiten / timings", "n", "p50", "p95", "p99", "max"]];
  for (const [label, s] of [
    ["search()", f.search],
    ["findForProblem()", f.findForProblem],
  ] as const) {
    timings.push(row(`${label} alle Leser`, s.all));
    for (const reader of f.readers) timings.push(row(`  ${reader.label}`, (s as Record<string, Stats>)[reader.id]));
  }
  timings.push(row(`findPeers (${r.peers.municipalities} Kommunen)`, r.peers.times));
  timings.push(row(`suggestClusters (Kohorte ${r.clusters.municipalities}, ${n(r.clusters.documents)} Dokumente)`, r.clusters.times));
  console.log(`\nProblemfinder: ${f.queries} Anfragen × ${f.readers.length} Leser, ohne Filter, Seite 1; ${f.withoutHits} Läufe ohne Treffer`);
  console.log(table(timings));
  console.log("Langsamste Anfragen (findForProblem):");
  for (const s of f.slowest.slice(0, 5)) console.log(`  ${msText(s.finderMs)} (search ${msText(s.searchMs)}, ${s.reader}, ${s.hits} Treffer): „${s.query}“`);
  console.log(
    `Peers: ${r.peers.withoutPeers} von ${r.peers.municipalities} Kommunen ohne Peers; z. B. ${r.peers.examples[0]?.name}: ${r.peers.examples[0]?.peers.join(", ")}`,
  );
  console.log(`AG-Themen (${r.clusters.clusters.length}): ${r.clusters.clusters.map((c) => `${c.title} (${c.size})`).join(" · ")}`);
  console.log(
    `\n${table([["Ziel / target", "Wert / value", "Grenze / limit", "erreicht / met"], ...r.targets.map((t) => [t.label, t.value, t.target, yes(t.met)])])}`,
  );
}
