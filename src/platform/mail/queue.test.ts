import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { createMailer, type Mailer } from "./mailer.ts";
import { enqueueMail, sendDueMails } from "./queue.ts";
import { mailQueue } from "./tables.ts";
import { readOutbox, startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
const running = new AbortController().signal;

before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const queued = (to: string) => site.database.db.select().from(mailQueue).where(eq(mailQueue.recipientEmail, to));

test("a mail queued by a command is sent by the task with a fixed Message-ID, and only once", async () => {
  await enqueueMail(site.database.db, { to: "eins@example.org", subject: "Aus der Warteschlange", text: "Hallo" });
  assert.equal((await readOutbox(site.outboxDir)).filter((m) => m.to === "eins@example.org").length, 0, "the command does not send");
  const round = await sendDueMails(site.app, running);
  assert.equal(round.sent, 1);
  const [row] = await queued("eins@example.org");
  assert.ok(row.sentAt);
  const mails = (await readOutbox(site.outboxDir)).filter((m) => m.to === "eins@example.org");
  assert.deepEqual(
    mails.map((m) => m.subject),
    ["Aus der Warteschlange"],
  );
  assert.match(mails[0].head, new RegExp(`^Message-ID: <mail-${row.id}@127\\.0\\.0\\.1>`, "m"));
  assert.equal((await sendDueMails(site.app, running)).claimed, 0, "a sent mail is not claimed again");
});

test("a mail queued in a transaction that rolls back is never sent", async () => {
  await assert.rejects(
    site.database.db.transaction(async (tx) => {
      await enqueueMail(tx, { to: "zurueck@example.org", subject: "Nie gesendet", text: "…" });
      throw new Error("Befehl scheitert");
    }),
  );
  await sendDueMails(site.app, running);
  assert.equal((await queued("zurueck@example.org")).length, 0);
  assert.equal((await readOutbox(site.outboxDir)).filter((m) => m.to === "zurueck@example.org").length, 0);
});

test("a mail the server refuses for now is tried again later with the same Message-ID; a refused address is given up at once", async () => {
  const seen: string[] = [];
  let softFailures = 0;
  const server = new SMTPServer({
    authOptional: true,
    // The sender may keep its connection open for the next mail: closing waits 0.2 s for it, not 30 s.
    closeTimeout: 200,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, done) {
      if (address.address.startsWith("weg")) return done(Object.assign(new Error("5.1.1 Mailbox unbekannt"), { responseCode: 550 }));
      if (address.address.startsWith("voll") && softFailures++ === 0) return done(Object.assign(new Error("4.2.2 Postfach voll"), { responseCode: 452 }));
      done();
    },
    onData(stream, _session, done) {
      let data = "";
      stream.on("data", (chunk) => (data += chunk));
      stream.on("end", () => {
        seen.push(/^Message-ID: (.*)$/im.exec(data)![1].trim());
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const mailer = createMailer({
    smtpUrl: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    from: "K360 <noreply@k360.example>",
    outboxDir: "",
  });
  const app = { deps: { ...site.app.deps, mailer } } as FastifyInstance;
  try {
    await enqueueMail(site.database.db, { to: "voll@example.org", subject: "Später", text: "…" });
    await enqueueMail(site.database.db, { to: "weg@example.org", subject: "Nie", text: "…" });
    assert.deepEqual(await sendDueMails(app, running), { claimed: 2, sent: 0, failed: 1, deferred: 1, halted: false });
    const [gone] = await queued("weg@example.org");
    assert.ok(gone.failedAt);
    assert.match(gone.lastError, /^550 /);
    const [later] = await queued("voll@example.org");
    assert.equal(later.sentAt, null);
    assert.equal(later.attempts, 1);
    assert.ok(later.dueAt > new Date(), "it waits a minute before the next try");
    assert.equal((await sendDueMails(app, running)).claimed, 0, "not due yet");

    await site.database.db
      .update(mailQueue)
      .set({ dueAt: sql`now() - interval '1 second'` })
      .where(eq(mailQueue.id, later.id));
    assert.equal((await sendDueMails(app, running)).sent, 1);
    const [sent] = await queued("voll@example.org");
    assert.ok(sent.sentAt);
    assert.equal(sent.attempts, 2);
    assert.deepEqual(seen, [`<mail-${later.id}@127.0.0.1>`]);
  } finally {
    mailer.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test("a mail claimed by a process that died is claimed again once its lock ran out, and sent with the same Message-ID", async () => {
  await enqueueMail(site.database.db, { to: "verwaist@example.org", subject: "Nach dem Absturz", text: "…" });
  // A process that claims the mail and never gets further (the mail server hangs, then the process dies).
  let reached = () => {};
  const inHand = new Promise<void>((resolve) => (reached = resolve));
  const stuck: Mailer = {
    ...site.app.deps.mailer,
    send: () => {
      reached();
      return new Promise<void>(() => {});
    },
  };
  void sendDueMails({ deps: { ...site.app.deps, mailer: stuck } } as FastifyInstance, running);
  await inHand;
  const [claimed] = await queued("verwaist@example.org");
  assert.equal(claimed.attempts, 1);
  assert.ok(claimed.dueAt > new Date(), "locked for now");
  assert.equal((await sendDueMails(site.app, running)).claimed, 0, "no other process takes it while locked");

  await site.database.db
    .update(mailQueue)
    .set({ dueAt: sql`now() - interval '1 second'` })
    .where(eq(mailQueue.id, claimed.id));
  assert.equal((await sendDueMails(site.app, running)).sent, 1);
  const mails = (await readOutbox(site.outboxDir)).filter((m) => m.to === "verwaist@example.org");
  assert.equal(mails.length, 1);
  assert.match(mails[0].head, new RegExp(`^Message-ID: <mail-${claimed.id}@127\\.0\\.0\\.1>`, "m"));
});
