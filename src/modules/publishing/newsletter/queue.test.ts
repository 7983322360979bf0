// THE queue test: a real SMTP server in this process, the sender in a child process that is killed
// half-way (SIGKILL, and gracefully with SIGTERM) and started again. Every subscriber must get the
// issue exactly once: one Message-ID each, and at most one extra copy of the single mail in flight
// at the kill (same Message-ID, which mail programs merge).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { openDatabase } from "../../../db/client.ts";
import type { Db } from "../../../db/client.ts";
import { newToken } from "../../../platform/auth/tokens.ts";
import { startSending } from "./commands/start-sending.ts";
import { deliveries, issues, subscribers } from "./tables.ts";
import { consentText } from "./texts.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

const subscriberCount = 200;
const testingModule = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "testing.ts")).href;
const script = `import { runSender } from ${JSON.stringify(testingModule)};\nawait runSender();`;
const onPostgres = Boolean(process.env.DATABASE_URL);
let site: TestApp | null = null;
let dataDir = "";
let outboxDir = "";

/** On PostgreSQL the test's own connection stays open; a PGlite folder is opened only while no child holds it. */
async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  if (site) return work(site.database.db);
  const database = await openDatabase({ dataDir });
  try {
    return await work(database.db);
  } finally {
    await database.close();
  }
}

before(async () => {
  const app = await startTestApp();
  await app.database.db.delete(subscribers);
  const now = new Date();
  await app.database.db.insert(subscribers).values(
    Array.from({ length: subscriberCount }, (_, i) => ({
      email: `leser${i}@example.org`,
      status: "confirmed",
      unsubscribeToken: newToken(),
      consentText,
      consentAt: now,
      confirmedAt: now,
    })),
  );
  outboxDir = await mkdtemp(path.join(os.tmpdir(), "k360-queue-outbox-"));
  if (onPostgres) {
    site = app;
    return;
  }
  // The child must be the only one holding the PGlite folder: a copy of the prepared database.
  dataDir = await mkdtemp(path.join(os.tmpdir(), "k360-queue-"));
  const dump = await app.database.pglite!.dumpDataDir("none");
  await app.close();
  const copy = await openDatabase({ dataDir, loadDataDir: dump });
  await copy.close();
});

after(async () => {
  await site?.close();
  await Promise.all([dataDir, outboxDir].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A local SMTP server that records each mail's recipient and Message-ID; `onMail` runs after it accepted a mail. */
async function smtpSink(onMail: (count: number) => void) {
  const mails: { to: string; messageId: string }[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // The sender may keep its connection open for the next mail: closing waits 0.2 s for it, not 30 s.
    closeTimeout: 200,
    disabledCommands: ["STARTTLS"],
    onData(stream, session, done) {
      let data = "";
      stream.on("data", (chunk) => (data += chunk));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo[0].address, messageId: /^Message-ID: *(.+)$/im.exec(data)![1].trim() });
        done();
        onMail(mails.length);
      });
    },
  });
  // A killed sender drops its connection mid-mail; the server reports that as an error event, which is expected here.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return { mails, url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function startSender(smtpUrl: string): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, SMTP_URL: smtpUrl, OUTBOX_DIR: outboxDir, LOG_LEVEL: "warn", SEED_DEMO: "false" };
  if (onPostgres) env.DATABASE_URL = site!.app.deps.config.databaseUrl;
  else env.DATA_DIR = dataDir;
  return spawn(process.execPath, ["--import", "tsx", "--input-type=module", "--eval", script], { env, stdio: ["ignore", "ignore", "inherit"] });
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code)),
  );

async function until(done: () => boolean, what: string, ms = 40_000) {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`Zeitüberschreitung: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function runInterrupted(number: string, signal: "SIGKILL" | "SIGTERM") {
  const issueId = await withDb(async (db) => {
    const [issue] = await db
      .insert(issues)
      .values({ number, title: `Warteschlangenprobe ${number}` })
      .returning({ id: issues.id });
    assert.ok((await startSending(db, issue.id, "k360.example")).ok);
    return issue.id;
  });
  let first: ChildProcess | null = null;
  let senders: ChildProcess[] = [];
  const sink = await smtpSink((count) => {
    if (count === 80) first?.kill(signal);
  });
  try {
    first = startSender(sink.url);
    const code = await exited(first);
    assert.ok(sink.mails.length >= 80 && sink.mails.length < subscriberCount, `interrupted half-way (${sink.mails.length} mails)`);
    if (signal === "SIGTERM") assert.equal(code, 0, "a graceful stop exits normally");
    if (signal === "SIGKILL") {
      // The killed process cannot hand its batch back: its lock runs out after two minutes. Let them pass.
      await withDb((db) =>
        db
          .update(deliveries)
          .set({ lockedUntil: sql`now() - interval '1 second'` })
          .where(eq(deliveries.status, "sending")),
      );
    }
    // On PostgreSQL two senders share the rest of the queue (SKIP LOCKED); a PGlite folder has one.
    senders = onPostgres ? [startSender(sink.url), startSender(sink.url)] : [startSender(sink.url)];
    await until(() => new Set(sink.mails.map((m) => m.messageId)).size >= subscriberCount, "alle E-Mails verschickt");
    for (const sender of senders) sender.kill("SIGTERM");
    assert.deepEqual(
      await Promise.all(senders.map(exited)),
      senders.map(() => 0),
    );
  } finally {
    // A failed run must not leave a sender behind that writes into the next test's queue.
    const children = [first, ...senders].filter((child): child is ChildProcess => child !== null);
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await Promise.all(children.map(exited));
    await sink.close();
  }
  const byRecipient = new Map<string, Set<string>>();
  for (const mail of sink.mails) byRecipient.set(mail.to, (byRecipient.get(mail.to) ?? new Set()).add(mail.messageId));
  assert.equal(byRecipient.size, subscriberCount, "every subscriber got the issue");
  assert.ok(
    [...byRecipient.values()].every((ids) => ids.size === 1),
    "one Message-ID per subscriber",
  );
  const status = await withDb(async (db) => ({
    issue: (await db.select().from(issues).where(eq(issues.id, issueId)))[0].status,
    sent: (await db.select().from(deliveries).where(eq(deliveries.issueId, issueId))).filter((d) => d.status === "sent").length,
  }));
  assert.deepEqual(status, { issue: "sent", sent: subscriberCount });
  return sink.mails.length;
}

test(
  "killed half-way (SIGKILL) and restarted: every subscriber gets exactly one distinct Message-ID, at most one copy more in all",
  { timeout: 90_000 },
  async (context) => {
    const total = await runInterrupted("8-2026", "SIGKILL");
    context.diagnostic(`${total} mails received for ${subscriberCount} subscribers`);
    assert.ok(total === subscriberCount || total === subscriberCount + 1, `${total} mails for ${subscriberCount} subscribers`);
  },
);

test("stopped gracefully (SIGTERM) half-way and restarted: exactly one mail per subscriber", { timeout: 90_000 }, async () => {
  assert.equal(await runInterrupted("9-2026", "SIGTERM"), subscriberCount);
});
