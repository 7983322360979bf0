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

function loadTarget(id: string, label: string, loadRun: LoadRun): TargetCheck {
  const item = publishingTargets;
  const autocannon = loadRun.autocannon;
  return {
    id,
    label: `${label} ${loadRun.path}, ${loadRun.connections} Verbindungen`,
    target: `≥ ${item.requestsPerSecond} req/s, p99 ≤ ${item.p99Ms} ms, 0 Fehler`,
    value: `${autocannon.requests.average.toFixed(0)} req/s, p99 ${autocannon.latency.p99} ms, ${loadRun.failures} Fehler`,
    met: autocannon.requests.average >= item.requestsPerSecond && autocannon.latency.p99 <= item.p99Ms && loadRun.failures === 0,
  };
}

export function checkTargets(row: Omit<PublishingReport, "targets" | "met">): TargetCheck[] {
  const item = publishingTargets;
  const { article } = row.pages;
  const newsletter = row.newsletter;
  return [
    loadTarget("article", "Beitragsseite mit 50 Kommentaren", row.load.article),
    loadTarget("list", "Magazin-Liste", row.load.list),
    {
      id: "article-html",
      label: "HTML der Beitragsseite (unkomprimiert)",
      target: `≤ ${kb(item.articleHtmlBytes)}`,
      value: kb(article.htmlBytes),
      met: article.htmlBytes <= item.articleHtmlBytes,
    },
    {
      id: "article-transfer",
      label: `Beitragsseite übertragen: HTML (${article.contentEncodingWithBrGzip ?? "unkomprimiert"}) + ${article.assets.length} CSS/JS`,
      target: `≤ ${kb(item.articleTransferBytes)}`,
      value: kb(article.transferredBytes),
      met: article.transferredBytes <= item.articleTransferBytes,
    },
    {
      id: "newsletter",
      label: `Newsletter an ${item.subscribers.toLocaleString("de-DE")} Abonnent:innen, je genau eine Mail`,
      target: "alle zugestellt, 0 Fehler",
      value: `${newsletter.sink.distinctRecipients} Empfänger, ${newsletter.failed + newsletter.deferred} Fehler, ${newsletter.mailsPerSecond.toFixed(0)} Mails/s`,
      met: newsletter.verified && newsletter.sink.distinctRecipients === item.subscribers,
    },
  ];
}

const cpu = (u: LoadRun["usage"]) =>
  [u.appPercentOfOneCore, u.postgresPercentOfOneCore, u.loadGeneratorPercentOfOneCore, u.otherPercentOfOneCore].map((v) => v ?? "–").join("/") + " %";
const ms = (s: Stats | null) => (s ? `${s.p50.toFixed(1)} / ${s.p99.toFixed(1)}` : "–");

/** Prints the summary; returns true when requests failed during a load run or the newsletter did not reach everyone once. */
export function printPublishingSummary(publishingReport: PublishingReport): boolean {
  const binding = publishingReport.db === "postgres" ? "" : " (Ziele gelten für PostgreSQL / targets apply to PostgreSQL)";
  console.log(
    `\n=== Magazin · ${publishingReport.db} · ${publishingReport.cpus} CPUs · Node ${publishingReport.node} · ${publishingReport.durationSeconds} s je Lastlauf · Rechner vorher ${publishingReport.machineBusyPercentBeforeRun ?? "–"} % belegt${binding}`,
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
  for (const loadRun of [publishingReport.load.article, publishingReport.load.list]) {
    const autocannon = loadRun.autocannon;
    loads.push([
      loadRun.path,
      String(loadRun.connections),
      autocannon.requests.average.toFixed(0),
      String(autocannon.latency.p50),
      String(autocannon.latency.p97_5),
      String(autocannon.latency.p99),
      String(autocannon.latency.max),
      ms(loadRun.serverTimes),
      String(loadRun.failures),
      cpu(loadRun.usage),
      loadRun.appCpuMsPerRequest?.toFixed(2) ?? "–",
    ]);
  }
  console.log(table(loads));

  const sizes = [["Größe / size", "HTML", "HTML übertragen", "CSS+JS übertragen", "gesamt"]];
  for (const [label, item] of [
    ["Beitragsseite", publishingReport.pages.article],
    ["Magazin-Liste", publishingReport.pages.list],
  ] as const) {
    sizes.push([
      `${label} ${item.path}`,
      kb(item.htmlBytes),
      `${kb(item.htmlTransferredBytesWithBrGzip)} (${item.contentEncodingWithBrGzip ?? "identity"})`,
      `${kb(item.assetsTransferredBytes)} (${item.assets.length})`,
      kb(item.transferredBytes),
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
  const newsletter = publishingReport.newsletter;
  mails.push([
    `Nr. ${newsletter.issueNumber}`,
    String(newsletter.sink.messages),
    newsletter.mailsPerSecond.toFixed(0),
    String(newsletter.queuedMs),
    (newsletter.sendMs / 1000).toFixed(1),
    newsletter.totalSeconds.toFixed(1),
    `${Math.round((newsletter.smtpMs / newsletter.sendMs) * 100)} %`,
    ms(newsletter.smtpPerMail),
    String(newsletter.failed + newsletter.deferred),
    String(newsletter.sink.connections),
    cpu(newsletter.usage),
    yes(newsletter.verified),
  ]);
  console.log(`\n${table(mails)}`);
  console.log(
    `\n${table([["Ziel / target", "Wert / value", "Grenze / limit", "erreicht / met"], ...publishingReport.targets.map((t) => [t.label, t.value, t.target, yes(t.met)])])}`,
  );
  return publishingReport.load.article.failures + publishingReport.load.list.failures > 0 || !publishingReport.newsletter.verified;
}
