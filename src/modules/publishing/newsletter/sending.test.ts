import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { and, eq, sql } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { createMailer } from "../../../platform/mail/mailer.ts";
import { deliveries, issues, subscribers } from "./tables.ts";
import { saveIssue } from "./commands/save-issue.ts";
import { sendQueued } from "./tasks.ts";
import { addConfirmedSubscriber } from "./testing.ts";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
const running = new AbortController().signal;

before(async () => {
  site = await startTestApp();
  editor = await site.sessionFor("editor");
  await site.database.db.delete(subscribers);
});
after(() => site.close());

async function draft(number: string): Promise<number> {
  const saved = await saveIssue(site.database.db, 1, null, { number, title: `Ausgabe ${number} zum Testen` });
  assert.ok(saved.ok);
  return saved.value;
}

const startSending = (id: number) => site.submit(`/newsletter/redaktion/${id}`, `/newsletter/redaktion/${id}/senden`, { bestaetigt: "ja" }, editor);
const rows = (issueId: number) => site.database.db.select().from(deliveries).where(eq(deliveries.issueId, issueId)).orderBy(deliveries.subscriberId);

test("sending queues one mail per confirmed subscriber at once; the sender sends each with its unsubscribe headers; progress shows", async () => {
  const people = await Promise.all(["a", "b", "c"].map((n) => addConfirmedSubscriber(site.database.db, `leser-${n}@example.org`)));
  await site.database.db.update(subscribers).set({ status: "pending" }).where(eq(subscribers.email, "leser-c@example.org"));
  const id = await draft("5-2026");
  const res = await startSending(id);
  assert.equal(res.statusCode, 303);
  const queued = await rows(id);
  assert.deepEqual(
    queued.map((r) => [r.email, r.status, r.messageId]),
    [
      ["leser-a@example.org", "queued", `<newsletter-5-2026-${people[0].id}@127.0.0.1>`],
      ["leser-b@example.org", "queued", `<newsletter-5-2026-${people[1].id}@127.0.0.1>`],
    ],
  );
  assert.equal((await startSending(id)).statusCode, 409, "a second click queues nothing");
  assert.equal((await rows(id)).length, 2);
  assert.equal(
    (await site.submit(`/newsletter/redaktion/${id}`, `/newsletter/redaktion/${id}/bearbeiten`, { number: "5-2026", title: "Geändert nach dem Start" }, editor))
      .statusCode,
    409,
  );

  const round = await sendQueued(site.app, running, 10);
  assert.deepEqual(round, { claimed: 2, sent: 2, failed: 0, deferred: 0, halted: false });
  const mails = (await readOutbox(site.outboxDir)).filter((m) => m.subject === "Newsletter Nr. 5-2026: Ausgabe 5-2026 zum Testen");
  assert.deepEqual(mails.map((m) => m.to).sort(), ["leser-a@example.org", "leser-b@example.org"]);
  const left = mails.find((m) => m.to === "leser-a@example.org")!;
  assert.match(left.head, new RegExp(`^Message-ID: <newsletter-5-2026-${people[0].id}@127\\.0\\.0\\.1>`, "m"));
  assert.match(left.head, new RegExp(`^List-Unsubscribe: <http://127\\.0\\.0\\.1:3000/newsletter/abmelden/${people[0].unsubscribeToken}>`, "m"));
  assert.match(left.head, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
  assert.ok(left.text.includes(`/newsletter/abmelden/${people[0].unsubscribeToken}`), "the link is in the text too");
  assert.ok(left.html!.includes(`/newsletter/abmelden/${people[0].unsubscribeToken}`), "and in the HTML");

  const [issue] = await site.database.db.select().from(issues).where(eq(issues.id, id));
  assert.equal(issue.status, "sent");
  assert.ok(issue.finishedAt);
  const progress = await site.app.inject({ url: `/newsletter/redaktion/${id}`, headers: { cookie: editor } });
  assert.match(progress.body, /<progress id="versand-fortschritt" value="2" max="2">/);
  assert.match(progress.body, /2 von 2 E-Mails erledigt/);
  assert.match((await site.app.inject({ url: "/newsletter/5-2026" })).body, /Ausgabe 5-2026 zum Testen/, "the web version is public");
});

test("a 5xx answer is a bounce the team sees with the server's words; a 4xx answer is tried again later with the same Message-ID", async () => {
  const seen: string[] = [];
  let softFailures = 0;
  const server = new SMTPServer({
    authOptional: true,
    // The sender may keep its connection open for the next mail: closing waits 0.2 s for it, not 30 s.
    closeTimeout: 200,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, done) {
      if (address.address.startsWith("weg")) return done(Object.assign(new Error("5.1.1 Mailbox unbekannt"), { responseCode: 550 }));
      if (address.address.startsWith("voll") && softFailures++ === 0)
        return done(Object.assign(new Error("4.2.2 Postfach voll, bitte später"), { responseCode: 452 }));
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
    outboxDir: site.outboxDir,
  });
  const app = { deps: { ...site.app.deps, mailer } } as FastifyInstance;
  try {
    await site.database.db.delete(subscribers);
    const gone = await addConfirmedSubscriber(site.database.db, "weg@example.org");
    const full = await addConfirmedSubscriber(site.database.db, "voll@example.org");
    await addConfirmedSubscriber(site.database.db, "da@example.org");
    const id = await draft("6-2026");
    await startSending(id);
    assert.deepEqual(await sendQueued(app, running, 10), { claimed: 3, sent: 1, failed: 1, deferred: 1, halted: false });
    const bounced = (await rows(id)).find((r) => r.subscriberId === gone.id)!;
    assert.equal(bounced.status, "failed");
    assert.match(bounced.lastError, /^550 /);
    const later = (await rows(id)).find((r) => r.subscriberId === full.id)!;
    assert.equal(later.status, "queued");
    assert.ok(later.lockedUntil! > new Date(), "it waits before the next try");
    assert.equal((await sendQueued(app, running, 10)).claimed, 0, "not due yet");
    assert.equal((await site.database.db.select().from(issues).where(eq(issues.id, id)))[0].status, "sending");

    const page = await site.app.inject({ url: `/newsletter/redaktion/${id}`, headers: { cookie: editor } });
    assert.match(page.body, /<td class="kern-table__cell">weg@example.org<\/td><td class="kern-table__cell">550 5\.1\.1 Mailbox unbekannt<\/td>/);
    assert.match(page.body, /<dt>in der Warteschlange<\/dt><dd>1<\/dd>/);

    await site.database.db
      .update(deliveries)
      .set({ lockedUntil: sql`now() - interval '1 second'` })
      .where(and(eq(deliveries.issueId, id), eq(deliveries.subscriberId, full.id)));
    assert.equal((await sendQueued(app, running, 10)).sent, 1);
    assert.equal(seen.filter((m) => m === later.messageId).length, 1);
    assert.equal((await site.database.db.select().from(issues).where(eq(issues.id, id)))[0].status, "sent");
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test("whoever unsubscribes while an issue waits in the queue does not get it", async () => {
  await site.database.db.delete(subscribers);
  const stays = await addConfirmedSubscriber(site.database.db, "bleibt@example.org");
  const leaves = await addConfirmedSubscriber(site.database.db, "geht@example.org");
  const id = await draft("7-2026");
  await startSending(id);
  const url = `/newsletter/abmelden/${leaves.unsubscribeToken}`;
  assert.equal(
    (await site.app.inject({ method: "POST", url, headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "List-Unsubscribe=One-Click" }))
      .statusCode,
    303,
  );
  assert.deepEqual(
    (await rows(id)).map((r) => r.subscriberId),
    [stays.id],
  );
  assert.equal((await sendQueued(site.app, running, 10)).sent, 1);
});
