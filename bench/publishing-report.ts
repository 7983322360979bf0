// Targets of the suite "magazin", the shape of bench/results/publishing-<db>.json and the printed summary.
import type { cpuBetween, PageWeight } from "./measure.ts";
import type { DbKind, RunFacts, Stats } from "./process.ts";
import type { TargetCheck } from "./program-report.ts";
import type { LoadRun } from "./instrument-client.ts";
import { table, yes } from "./report.ts";

/** The issue's targets; they hold for PostgreSQL on a 2-core machine, PGlite is shown for comparison. */
export const publishingTargets = { requestsPerSecond: 1500, p99Ms: 50, articleHtmlBytes: 50 * 1024, articleTransferBytes: 120 * 1024, subscribers: 10_000 };

export interface NewsletterRun {
  issueNumber: string;
  issueStatus: string;
  batchSize: number;
  /** startSending: one transaction that queues a mail per confirmed subscriber. */
  queuedMs: number;
  /** sendQueued rounds until nothing was due. */
  sendMs: number;
  /** Of sendMs: time inside mailer.send (the SMTP conversation), in total and per mail. */
  smtpMs: number;
  smtpPerMail: Stats;
  totalSeconds: number;
  mailsPerSecond: number;
  rounds: number;
  roundMs: Stats;
  sent: number;
  failed: number;
  deferred: number;
  halted: boolean;
  deliveriesByStatus: Record<string, number>;
  /** What the counting SMTP sink received; `verified` = every confirmed subscriber exactly one mail, nobody else. */
  sink: {
    messages: number;
    megabytes: number;
    connections: number;
    distinctRecipients: number;
    recipientsWithMoreThanOne: number;
    confirmedWithoutMail: number;
    unexpectedRecipients: number;
  };
  verified: boolean;
  /** CPU during sending: app (sender), PostgreSQL, the sink (this process), anything else. */
  usage: ReturnType<typeof cpuBetween>;
}

export interface PublishingReport extends RunFacts {
  suite: "magazin";
  db: DbKind;
  durationSeconds: number;
  warmupSeconds: number;
  connections: number;
  serverProcess: string;
  dataset: Record<string, unknown>;
  pages: { article: PageWeight & { transferredBytes: number }; list: PageWeight & { transferredBytes: number } };
  load: { article: LoadRun; list: LoadRun };
  newsletter: NewsletterRun;
  targets: TargetCheck[];
  met: boolean;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function loadTarget(id: string, label: string, l: LoadRun): TargetCheck {
  const t = publishingTargets;
  const a = l.autocannon;
  return {
    id,
    label: `${label} ${l.path}, ${l.connections} Verbindungen`,
    target: `≥ ${t.requestsPerSecond} req/s, p99 ≤ ${t.p99Ms} ms, 0 Fehler`,
    value: `${a.requests.average.toFixed(0)} req/s, p99 ${a.latency.p99} ms, ${l.failures} Fehler`,
    met: a.requests.average >= t.requestsPerSecond && a.latency.p99 <= t.p99Ms && l.failures === 0,
  };
}

export function checkTargets(r: Omit<PublishingReport, "targets" | "met">): TargetCheck[] {
  const t = publishingTargets;
  const { article } = r.pages;
  const n = r.newsletter;
  return [
    loadTarget("article", "Beitragsseite mit 50 Kommentaren", r.load.article),
    loadTarget("list", "Magazin-Liste", r.load.list),
    {
      id: "article-html",
      label: "HTML der Beitragsseite (unkomprimiert)",
      target: `≤ ${kb(t.articleHtmlBytes)}`,
      value: kb(article.htmlBytes),
      met: article.htmlBytes <= t.articleHtmlBytes,
    },
    {
      id: "article-transfer",
      label: `Beitragsseite übertragen: HTML (${article.contentEncodingWithBrGzip ?? "unkomprimiert"}) + ${article.assets.length} CSS/JS`,
      target: `≤ ${kb(t.articleTransferBytes)}`,
      value: kb(article.transferredBytes),
      met: article.transferredBytes <= t.articleTransferBytes,
    },
    {
      id: "newsletter",
      label: `Newsletter an ${t.subscribers.toLocaleString("de-DE")} Abonnent:innen, je genau eine Mail`,
      target: "alle zugestellt, 0 Fehler",
      value: `${n.sink.distinctRecipients} Empfänger, ${n.failed + n.deferred} Fehler, ${n.mailsPerSecond.toFixed(0)} Mails/s`,
      met: n.verified && n.sink.distinctRecipients === t.subscribers,
    },
  ];
}

const cpu = (u: LoadRun["usage"]) =>
  [u.appPercentOfOneCore, u.postgresPercentOfOneCore, u.loadGeneratorPercentOfOneCore, u.otherPercentOfOneCore].map((v) => v ?? "–").join("/") + " %";
const ms = (s: Stats | null) => (s ? `${s.p50.toFixed(1)} / ${s.p99.toFixed(1)}` : "–");

/** Prints the summary; returns true when requests failed during a load run or the newsletter did not reach everyone once. */
export function printPublishingSummary(r: PublishingReport): boolean {
  const binding = r.db === "postgres" ? "" : " (Ziele gelten für PostgreSQL / targets apply to PostgreSQL)";
  console.log(
    `\n=== Magazin · ${r.db} · ${r.cpus} CPUs · Node ${r.node} · ${r.durationSeconds} s je Lastlauf · Rechner vorher ${r.machineBusyPercentBeforeRun ?? "–"} % belegt${binding}`,
  );
  const loads = [
    [
      "Last / load",
      "Verb.",
      "Req/s Ø",
      "p50 ms",
      "p97.5 ms",
      "p99 ms",
      "max ms",
      "Server p50/p99 ms",
      "Fehler+non-2xx",
      "CPU App/PG/ac/fremd",
      "App-CPU ms/Anfrage",
    ],
  ];
  for (const l of [r.load.article, r.load.list]) {
    const a = l.autocannon;
    loads.push([
      l.path,
      String(l.connections),
      a.requests.average.toFixed(0),
      String(a.latency.p50),
      String(a.latency.p97_5),
      String(a.latency.p99),
      String(a.latency.max),
      ms(l.serverTimes),
      String(l.failures),
      cpu(l.usage),
      l.appCpuMsPerRequest?.toFixed(2) ?? "–",
    ]);
  }
  console.log(table(loads));

  const sizes = [["Größe / size", "HTML", "HTML übertragen", "CSS+JS übertragen", "gesamt"]];
  for (const [label, p] of [
    ["Beitragsseite", r.pages.article],
    ["Magazin-Liste", r.pages.list],
  ] as const) {
    sizes.push([
      `${label} ${p.path}`,
      kb(p.htmlBytes),
      `${kb(p.htmlTransferredBytesWithBrGzip)} (${p.contentEncodingWithBrGzip ?? "identity"})`,
      `${kb(p.assetsTransferredBytes)} (${p.assets.length})`,
      kb(p.transferredBytes),
    ]);
  }
  console.log(`\n${table(sizes)}`);

  const mails = [
    [
      "Newsletter",
      "Mails",
      "Mails/s",
      "Warteschlange ms",
      "Versand s",
      "gesamt s",
      "davon SMTP",
      "SMTP je Mail p50/p99 ms",
      "Fehler",
      "SMTP-Verb.",
      "CPU App/PG/Senke/fremd",
      "genau 1 je Empf.",
    ],
  ];
  const n = r.newsletter;
  mails.push([
    `Nr. ${n.issueNumber}`,
    String(n.sink.messages),
    n.mailsPerSecond.toFixed(0),
    String(n.queuedMs),
    (n.sendMs / 1000).toFixed(1),
    n.totalSeconds.toFixed(1),
    `${Math.round((n.smtpMs / n.sendMs) * 100)} %`,
    ms(n.smtpPerMail),
    String(n.failed + n.deferred),
    String(n.sink.connections),
    cpu(n.usage),
    yes(n.verified),
  ]);
  console.log(`\n${table(mails)}`);
  console.log(
    `\n${table([["Ziel / target", "Wert / value", "Grenze / limit", "erreicht / met"], ...r.targets.map((t) => [t.label, t.value, t.target, yes(t.met)])])}`,
  );
  return r.load.article.failures + r.load.list.failures > 0 || !r.newsletter.verified;
}
