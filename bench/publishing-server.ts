// The app for the suite "magazin" (bench/publishing.ts), in its own process: prepares the database with demo data,
// adds 50 comments under one article and 10,000 subscribers (bench/publishing-data.ts), serves HTTP and prints one
// JSON line with the port and the data. SMTP_URL points at the parent's counting sink (bench/publishing-sink.ts).
// Bench-only routes: GET /__bench/server-times (server time per route since the last call, then reset),
// GET /__bench/profile/start|stop?name=x (V8 CPU profile of one run, with BENCH_PROFILE_DIR) and
// GET /__bench/newsletter (GET, as the app checks a CSRF token on every POST): what the editors' "send"
// button does (startSending), then sendQueued rounds of 50 until nothing is due, exactly as the background task
// "newsletter-versand" loops; answers with the timings.
import { performance } from "node:perf_hooks";
import type { FastifyInstance } from "fastify";
import { eq, sql } from "drizzle-orm";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/client.ts";
import { buildApp } from "../src/app.ts";
import { prepareDatabase } from "../src/setup.ts";
import { silentProgress } from "../src/platform/progress.ts";
import type { Mailer } from "../src/platform/mail/mailer.ts";
import { startSending, sendQueued, type SendRound, deliveries, issues, subscribers } from "../src/modules/publishing/testing.ts";
import { seedArticleComments, seedSubscribers } from "./publishing-data.ts";
import { stats } from "./process.ts";
import { instrument } from "./instrument.ts";

/** As the background task: rounds of 50. */
const batchSize = 50;

const config = loadConfig({ ...process.env, LOG_LEVEL: "warn" });
if (!config.smtpUrl) throw new Error("SMTP_URL fehlt: der Newsletter soll an die Zählsenke gehen.");
const database = await openDatabase(config);
const { db } = database;
const seedStarted = performance.now();
await prepareDatabase(database, { demo: true, progress: silentProgress });
const article = await seedArticleComments(db);
const newsletter = await seedSubscribers(db);
// Fresh planner statistics after the bulk inserts, as autovacuum would collect them on a running installation.
await db.execute(sql`analyze`);
const seedSeconds = Math.round(performance.now() - seedStarted) / 1000;

const app = await buildApp({ config, database, logger: false });
instrument(app);

/** The mailer of a run, timed: how much of the sending is the SMTP conversation (the rest is the queue's SQL and rendering). */
function timed(mailer: Mailer) {
  const smtp: number[] = [];
  const wrapped: Mailer = {
    ...mailer,
    async send(message) {
      const t0 = performance.now();
      try {
        await mailer.send(message);
      } finally {
        smtp.push(performance.now() - t0);
      }
    },
  };
  return { mailer: wrapped, smtp };
}

app.get("/__bench/newsletter", async () => {
  const issueId = newsletter.issueId;
  // sendQueued reads nothing but app.deps, so a stand-in with the timed mailer is enough.
  const { mailer, smtp } = timed(app.deps.mailer);
  const sender = { deps: { ...app.deps, mailer } } as FastifyInstance;
  const host = new URL(config.baseUrl).hostname;
  const stop = new AbortController().signal;
  const t0 = performance.now();
  if (!(await startSending(db, issueId, host)).ok) throw new Error("startSending: die Ausgabe ist kein Entwurf.");
  const queuedMs = performance.now() - t0;
  const rounds: (SendRound & { ms: number })[] = [];
  const t1 = performance.now();
  let reported = 0;
  for (;;) {
    const r0 = performance.now();
    const round = await sendQueued(sender, stop, batchSize);
    rounds.push({ ...round, ms: performance.now() - r0 });
    if (round.claimed === 0 || round.halted) break;
    if (smtp.length - reported >= 1000) {
      reported = smtp.length;
      process.stderr.write(`    … ${reported.toLocaleString("de-DE")} Mails, ${(reported / ((performance.now() - t1) / 1000)).toFixed(1)} Mails/s\n`);
    }
  }
  const sendMs = performance.now() - t1;
  const sum = (k: "sent" | "failed" | "deferred") => rounds.reduce((a, r) => a + r[k], 0);
  const byStatus = await db
    .select({ status: deliveries.status, n: sql<number>`count(*)::int` })
    .from(deliveries)
    .where(eq(deliveries.issueId, issueId))
    .groupBy(deliveries.status);
  const [issue] = await db.select({ status: issues.status, number: issues.number }).from(issues).where(eq(issues.id, issueId));
  const confirmed = await db.select({ email: subscribers.email }).from(subscribers).where(eq(subscribers.status, "confirmed"));
  return {
    issueNumber: issue.number,
    issueStatus: issue.status,
    batchSize,
    queuedMs: Math.round(queuedMs),
    sendMs: Math.round(sendMs),
    smtpMs: Math.round(smtp.reduce((a, b) => a + b, 0)),
    smtpPerMail: stats(smtp),
    rounds: rounds.length,
    roundMs: stats(rounds.filter((r) => r.claimed > 0).map((r) => r.ms)),
    sent: sum("sent"),
    failed: sum("failed"),
    deferred: sum("deferred"),
    halted: rounds.some((r) => r.halted),
    deliveriesByStatus: Object.fromEntries(byStatus.map((r) => [r.status, r.n])),
    confirmedRecipients: confirmed.map((r) => r.email.toLowerCase()),
  };
});

await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
process.stdout.write(`${JSON.stringify({ port, kind: database.kind, article, newsletter, seedSeconds })}\n`);

const shutdown = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once("SIGTERM", shutdown);
process.once("SIGINT", shutdown);
