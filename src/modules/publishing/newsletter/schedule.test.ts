import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { deliveries, issues, subscribers } from "./tables.ts";
import { saveIssue } from "./commands/save-issue.ts";
import { startScheduledIssues } from "./commands/start-sending.ts";
import { addConfirmedSubscriber } from "./testing.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
let leader: string;

before(async () => {
  site = await startTestApp();
  [editor, leader] = await Promise.all([site.sessionFor("editor"), site.sessionFor("leader")]);
  await site.database.db.delete(subscribers);
  await Promise.all(["a", "b", "c"].map((n) => addConfirmedSubscriber(site.database.db, `plan-${n}@example.org`)));
});
after(() => site.close());

const get = (url: string, cookie = editor) => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const issueRow = async (id: number) => (await site.database.db.select().from(issues).where(eq(issues.id, id)))[0];
const queued = async (id: number) => (await site.database.db.select().from(deliveries).where(eq(deliveries.issueId, id))).length;

async function draft(number: string): Promise<number> {
  const saved = await saveIssue(site.database.db, 1, null, { number, title: `Ausgabe ${number} zum Planen` });
  assert.ok(saved.ok);
  return saved.value;
}

test("„An alle senden“ first asks, naming the number of recipients; only the confirmation's button sends", async () => {
  const id = await draft("20-2026");
  const overview = await get(`/newsletter/redaktion/${id}`);
  assert.match(overview.body, new RegExp(`<a class="kern-link" href="/newsletter/redaktion/${id}/senden">Jetzt an alle senden …</a>`));
  const confirm = await get(`/newsletter/redaktion/${id}/senden`);
  assert.equal(confirm.statusCode, 200);
  assert.match(confirm.body, /Die Ausgabe geht an 3 bestätigte Abonnent:innen/);
  assert.match(confirm.body, /<span class="kern-label">Ja, jetzt an 3 senden<\/span>/);
  assert.deepEqual(await htmlProblems(confirm.body), []);

  const unconfirmed = await site.submit(`/newsletter/redaktion/${id}/senden`, `/newsletter/redaktion/${id}/senden`, {}, editor);
  assert.equal(unconfirmed.statusCode, 422);
  assert.match(unconfirmed.body, /Bitte bestätigen Sie den Versand/);
  assert.equal((await issueRow(id)).status, "draft");
  assert.equal(await queued(id), 0);

  assert.equal((await get(`/newsletter/redaktion/${id}/senden`, leader)).statusCode, 403);
  assert.equal((await get(`/newsletter/redaktion/${id}/senden`, "")).statusCode, 401);
  const foreign = await site.submit("/newsletter", `/newsletter/redaktion/${id}/senden`, { bestaetigt: "ja" }, leader);
  assert.equal(foreign.statusCode, 403);
  assert.equal(await queued(id), 0);

  const sent = await site.submit(`/newsletter/redaktion/${id}/senden`, `/newsletter/redaktion/${id}/senden`, { bestaetigt: "ja" }, editor);
  assert.equal(sent.statusCode, 303);
  assert.equal((await issueRow(id)).status, "sending");
  assert.equal(await queued(id), 3);
  assert.equal((await get(`/newsletter/redaktion/${id}/senden`)).statusCode, 409, "no confirmation for an issue on its way");
});

test("an editor schedules an issue; the queue task starts it when the time has come; a schedule can be cancelled", async () => {
  const id = await draft("21-2026");
  const nextYear = new Date().getFullYear() + 1;
  const plan = (values: Record<string, string>, cookie = editor) =>
    site.submit(`/newsletter/redaktion/${id}`, `/newsletter/redaktion/${id}/planen`, values, cookie);

  const past = await plan({ sendDate: "01.01.2020", sendTime: "09:00" });
  assert.equal(past.statusCode, 422);
  assert.match(past.body, /id="sendDate-error".*Zeitpunkt in der Zukunft/s);
  const bad = await plan({ sendDate: "31.02.2027", sendTime: "25:00" });
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /id="sendDate-error"/);
  assert.match(bad.body, /id="sendTime-error"/);
  assert.deepEqual(await htmlProblems(bad.body), []);
  assert.equal((await plan({ sendDate: `${nextYear}-03-14`, sendTime: "09:30" }, leader)).statusCode, 403);
  assert.equal((await issueRow(id)).scheduledAt, null);

  const ok = await plan({ sendDate: `14.03.${nextYear}`, sendTime: "09:30" });
  assert.equal(ok.statusCode, 303);
  const page = (await get(ok.headers.location as string)).body;
  assert.match(page, new RegExp(`Geplant: Der Versand beginnt von selbst am 14\\. März ${nextYear}, 09:30 Uhr\\.`));
  assert.match((await get("/newsletter/redaktion")).body, new RegExp(`Entwurf, geplant für 14\\. März ${nextYear}, 09:30 Uhr`));
  assert.equal(await startScheduledIssues(site.database.db, "k360.example"), 0, "not yet due");
  assert.equal((await issueRow(id)).status, "draft");

  const cancelled = await site.submit(`/newsletter/redaktion/${id}`, `/newsletter/redaktion/${id}/planung-aufheben`, {}, editor);
  assert.equal(cancelled.statusCode, 303);
  assert.equal((await issueRow(id)).scheduledAt, null);
  assert.match((await get(cancelled.headers.location as string)).body, /Die Planung ist aufgehoben/);

  assert.equal((await plan({ sendDate: `${nextYear}-03-14`, sendTime: "09:30" })).statusCode, 303);
  await site.database.db
    .update(issues)
    .set({ scheduledAt: new Date(Date.now() - 1000) })
    .where(eq(issues.id, id));
  assert.equal(await startScheduledIssues(site.database.db, "k360.example"), 1);
  assert.equal((await issueRow(id)).status, "sending");
  assert.equal(await queued(id), 3);
  assert.equal(await startScheduledIssues(site.database.db, "k360.example"), 0, "started once");
  const late = await site.submit(`/newsletter/redaktion/${id}`, `/newsletter/redaktion/${id}/planung-aufheben`, {}, editor);
  assert.equal(late.statusCode, 409);
});
