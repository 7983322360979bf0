import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq, ne } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { issues, subscribers } from "./tables.ts";
import { sendQueued } from "./tasks.ts";
import { addConfirmedSubscriber } from "./testing.ts";
import { practiceReports } from "../../exchange/testing.ts";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
let leader: string;
let shared: { id: number; title: string };
let closed: { id: number; title: string };

before(async () => {
  site = await startTestApp();
  [editor, leader] = await Promise.all([site.sessionFor("editor"), site.sessionFor("leader")]);
  await site.database.db.delete(subscribers);
  const reports = site.database.db.select({ id: practiceReports.id, title: practiceReports.title }).from(practiceReports);
  [shared] = await reports.where(and(eq(practiceReports.status, "published"), eq(practiceReports.visibility, "public"))).limit(1);
  [closed] = await reports.where(ne(practiceReports.visibility, "public")).limit(1);
  assert.ok(shared && closed, "the demo data has public and closed reports");
});
after(() => site.close());

const stored = async () => site.database.db.select({ id: issues.id, reportIds: issues.reportIds }).from(issues);
const form = (more: Record<string, string | string[]>) => ({ number: "40-2026", title: "Ausgabe mit Praxisbeispielen", ...more });

test("an editor picks a published public practice report; the issue's web version and both mail parts show it", async () => {
  const offered = (await site.app.inject({ url: "/newsletter/redaktion/neu", headers: { cookie: editor } })).body;
  assert.match(offered, /<legend class="kern-label">Praxisbeispiele aus dem Austausch<\/legend>/);
  assert.ok(offered.includes(`value="${shared.id}"`));
  assert.doesNotMatch(offered, new RegExp(`name="berichte" value="${closed.id}"`), "only reports everyone may read");
  assert.deepEqual(await htmlProblems(offered), []);

  const saved = await site.submit("/newsletter/redaktion/neu", "/newsletter/redaktion/neu", form({ berichte: [String(shared.id)] }), editor);
  assert.equal(saved.statusCode, 303);
  const base = saved.headers.location!.split("?")[0];
  const preview = (await site.app.inject({ url: `${base}/vorschau`, headers: { cookie: editor } })).body;
  assert.match(preview, /<h2 class="kern-heading-medium" id="aus-der-praxis">Aus der Praxis<\/h2>/);
  assert.ok(preview.includes(`href="/austausch/berichte/${shared.id}"`));
  assert.deepEqual(await htmlProblems(preview), []);

  await addConfirmedSubscriber(site.database.db, "praxis@example.org");
  assert.equal((await site.submit(base, `${base}/senden`, { bestaetigt: "ja" }, editor)).statusCode, 303);
  await sendQueued(site.app, new AbortController().signal, 10);
  const [mail] = (await readOutbox(site.outboxDir)).filter((m) => m.to === "praxis@example.org");
  assert.ok(mail.text.includes(`AUS DER PRAXIS\n\n– ${shared.title}`), mail.text);
  assert.ok(mail.text.includes(`/austausch/berichte/${shared.id}`));
  assert.ok(mail.html!.includes(`/austausch/berichte/${shared.id}"`));
});

test("a report not offered is refused in German and nothing is stored; members cannot compose", async () => {
  const before = await stored();
  const res = await site.submit("/newsletter/redaktion/neu", "/newsletter/redaktion/neu", form({ number: "41-2026", berichte: [String(closed.id)] }), editor);
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /id="berichte-error".*öffentliche Praxisbeispiele aus der Liste/s);
  assert.deepEqual(await htmlProblems(res.body), []);
  const foreign = await site.submit("/newsletter", "/newsletter/redaktion/neu", form({ number: "41-2026", berichte: [String(shared.id)] }), leader);
  assert.equal(foreign.statusCode, 403);
  assert.deepEqual(await stored(), before);
});
