// Suite "magazin" (alias "publishing"): an article page with 50 comments and the Magazin list under load, their
// sizes, and a newsletter issue sent to 10,000 subscribers into a local SMTP sink that only counts.
// Starts the counting sink (bench/publishing-sink.ts) here, then bench/publishing-server.ts with SMTP_URL pointing
// at it; autocannon, the size checks and the sink run in this process. Writes bench/results/publishing-<db>.json.
import type { ChildProcess } from "node:child_process";
import http from "node:http";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { checkOk, get, pageWeight, withCpu } from "./measure.ts";
import { backgroundLoad, root, runFacts, startServer, stopServer, warmupSeconds, workspace, type DbKind } from "./process.ts";
import { loadRun, withProfile } from "./instrument-client.ts";
import type { SuiteOptions } from "./municipalities.ts";
import { startSmtpSink, type SmtpSink } from "./publishing-sink.ts";
import { checkTargets, printPublishingSummary, type NewsletterRun, type PublishingReport } from "./publishing-report.ts";
import type { CommentedArticle } from "./publishing-data.ts";

interface ServerInfo {
  port: number;
  article: CommentedArticle;
  newsletter: { issueId: number; issueNumber: string; counts: Record<string, number> };
  seedSeconds: number;
}

type ServerNewsletter = Omit<NewsletterRun, "totalSeconds" | "mailsPerSecond" | "sink" | "verified" | "usage"> & { confirmedRecipients: string[] };

/** The suite's own database: the other suites drop k360_bench when they start, and may run at the same time. */
const benchDatabase = "k360_bench_magazin";

/** A bench-only request with a long time limit: sending 10,000 mails takes a while. */
function call<T>(base: string, url: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request(new URL(url, base), { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        if (res.statusCode !== 200) reject(new Error(`${url} antwortet ${res.statusCode}: ${body.slice(0, 500)}`));
        else resolve(JSON.parse(body) as T);
      });
    });
    req.setTimeout(30 * 60_000, () => req.destroy(new Error(`Zeitüberschreitung bei ${url}`)));
    req.on("error", reject);
    req.end();
  });
}

/** Sends the issue and checks what the sink got against the confirmed subscribers. */
async function sendNewsletter(child: ChildProcess, base: string, sink: SmtpSink, profile: string | null): Promise<NewsletterRun> {
  console.log("  Newsletter an alle bestätigten Abonnent:innen senden …");
  sink.reset();
  const {
    result: { confirmedRecipients, ...run },
    usage,
  } = await withProfile(base, profile, () => withCpu(child, "während des Versands", () => call<ServerNewsletter>(base, "/__bench/newsletter")));
  const { messages, bytes, connections, perRecipient } = sink.counts();
  const expected = new Set(confirmedRecipients);
  const received = {
    messages,
    megabytes: Math.round(bytes / 10_000) / 100,
    connections,
    distinctRecipients: perRecipient.size,
    recipientsWithMoreThanOne: [...perRecipient.values()].filter((n) => n > 1).length,
    confirmedWithoutMail: [...expected].filter((e) => !perRecipient.has(e)).length,
    unexpectedRecipients: [...perRecipient.keys()].filter((e) => !expected.has(e)).length,
  };
  const verified =
    received.recipientsWithMoreThanOne === 0 &&
    received.confirmedWithoutMail === 0 &&
    received.unexpectedRecipients === 0 &&
    messages === expected.size &&
    run.failed === 0 &&
    run.deferred === 0 &&
    run.issueStatus === "sent";
  return { ...run, totalSeconds: (run.queuedMs + run.sendMs) / 1000, mailsPerSecond: run.sent / (run.sendMs / 1000), sink: received, verified, usage };
}

async function pageWithTotal(base: string, url: string) {
  const weight = await pageWeight(base, url);
  return { ...weight, transferredBytes: weight.htmlTransferredBytesWithBrGzip + weight.assetsTransferredBytes };
}

async function measure(db: DbKind, options: SuiteOptions): Promise<PublishingReport> {
  const ws = await workspace(db, options.profile ? `publishing-${db}` : null, { database: benchDatabase });
  const sink = await startSmtpSink();
  const [idleBusy, loadAverage] = [await backgroundLoad(), os.loadavg()[0]];
  if (idleBusy !== null && idleBusy > 15)
    console.log(`\n⚠ Rechner vor dem Lauf zu ${idleBusy} % ausgelastet – Messwerte sind verfälscht / machine busy before the run.`);
  console.log(`\n▶ ${db} · Magazin: Server starten, Demodaten, 50 Kommentare und 10.000 Abonnent:innen laden …`);
  const started = Date.now();
  const { child, base, info } = await startServer<ServerInfo>("bench/publishing-server.ts", { ...ws.env, SMTP_URL: sink.url }, ws.profileDir);
  console.log(`  bereit nach ${((Date.now() - started) / 1000).toFixed(1)} s auf ${base} (Daten: ${info.seedSeconds} s)`);
  try {
    const articlePath = `/magazin/${info.article.slug}`;
    await checkOk(base, articlePath);
    await checkOk(base, "/magazin");
    const html = (await get(base, articlePath)).body.toString("utf8");
    if (!html.includes(`Kommentare (${info.article.comments})`) || info.article.comments !== 50) {
      throw new Error(`${articlePath} zeigt nicht die 50 Kommentare (Daten: ${info.article.comments}) – Benchmark abgebrochen.`);
    }
    const pages = { article: await pageWithTotal(base, articlePath), list: await pageWithTotal(base, "/magazin") };
    const profile = (name: string) => (ws.profileDir ? name : null);
    const article = await loadRun(child, base, "/magazin/:slug", articlePath, options.connections, options.duration, profile("beitrag-last"));
    const list = await loadRun(child, base, "/magazin", "/magazin", options.connections, options.duration, profile("liste-last"));
    await checkOk(base, articlePath);
    const newsletter = await sendNewsletter(child, base, sink, profile("newsletter"));
    const partial = {
      suite: "magazin" as const,
      db,
      ...runFacts(ws.postgresVersion, idleBusy, loadAverage),
      durationSeconds: options.duration,
      warmupSeconds,
      connections: options.connections,
      serverProcess: "child (node --import tsx bench/publishing-server.ts); autocannon, size checks and the counting SMTP sink in the parent process",
      dataset: {
        article: { ...info.article, path: articlePath },
        newsletter: { issueNumber: info.newsletter.issueNumber, subscribersByStatus: info.newsletter.counts },
        seedSeconds: info.seedSeconds,
      },
      pages,
      load: { article, list },
      newsletter,
    };
    const targets = checkTargets(partial);
    return { ...partial, targets, met: targets.every((t) => t.met) };
  } finally {
    await stopServer(child);
    await sink.close();
    await ws.cleanup();
    if (ws.profileDir) console.log(`  CPU-Profil: ${ws.profileDir} (Auswertung: npx tsx bench/profile-top.ts ${ws.profileDir})`);
  }
}

/** Runs the suite for one database; returns true when requests failed or the newsletter did not reach everyone exactly once. */
export async function publishingSuite(db: DbKind, options: SuiteOptions): Promise<boolean> {
  const report = await measure(db, options);
  const file = path.join(root, "bench", "results", `publishing-${db}.json`);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  const failed = printPublishingSummary(report);
  console.log(`  Ergebnis gespeichert: ${path.relative(root, file)}`);
  return failed;
}
