import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { count, eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { barrierReports } from "./tables.ts";
import { seedPagesDemo } from "./seed.ts";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let admin: string;
before(async () => {
  site = await startTestApp();
  await seedPagesDemo(site.database.db);
  admin = await site.sessionFor("admin");
});
after(() => site.close());

const form = "/barrierefreiheit/barriere-melden";
const get = (url: string, cookie = "") => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const stored = async () => (await site.database.db.select({ n: count() }).from(barrierReports))[0].n;

test("the form takes the page from ?seite= only when it is a path on this site", async () => {
  assert.match((await get(`${form}?seite=%2Ftermine%2F3`)).body, /id="pageUrl"[^>]*value="\/termine\/3"/);
  for (const bad of ["https://andere.example/", "//andere.example/x", "/a b", "/" + "x".repeat(600), "javascript:alert(1)"]) {
    const res = await get(`${form}?seite=${encodeURIComponent(bad)}`);
    assert.equal(res.statusCode, 200, bad);
    assert.doesNotMatch(/<input id="pageUrl"[^>]*>/.exec(res.body)![0], /value="[^"]/, bad);
  }
});

test("a visitor reports a barrier: it is stored, mailed to the admins and confirmed", async () => {
  const before = await stored();
  const res = await site.submit(`${form}?seite=%2Ftermine`, form, {
    pageUrl: "/termine",
    description: "Der Kalender lässt sich mit der Tastatur nicht bedienen.",
    name: "Ida Tester",
    email: "Ida@Leserin.example",
  });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `${form}/danke`);
  assert.equal(await stored(), before + 1);
  const [row] = await site.database.db.select().from(barrierReports).where(eq(barrierReports.email, "ida@leserin.example"));
  assert.equal(row.pageUrl, "/termine");
  assert.equal(row.status, "open");
  await site.deliverMail();
  const mails = await readOutbox(site.outboxDir);
  const mail = mails.find((m) => m.subject === `Barriere gemeldet (Nr. ${row.id})`)!;
  assert.equal(mail.to, "admin@k360.example");
  assert.match(mail.text, /Tastatur nicht bedienen/);
  assert.match(mail.text, /ida@leserin\.example/);
  assert.ok(!mails.some((m) => m.to === "ida@leserin.example"), "the reporter gets no mail");
  assert.match((await get(`${form}/danke`)).body, /Vielen Dank/);
  assert.match((await get("/barrierefreiheit/meldungen", admin)).body, /Tastatur nicht bedienen/);
});

test("bad input gets German messages next to the fields and nothing is stored or mailed", async () => {
  const before = await stored();
  await site.deliverMail();
  const mailsBefore = (await readOutbox(site.outboxDir)).length;
  const res = await site.submit(form, form, { pageUrl: "/termine\n/kommunen", description: "   ", name: "<script>alert(1)</script>", email: "keine-adresse" });
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /id="description-error".*Bitte beschreiben Sie die Barriere/s);
  assert.match(res.body, /id="email-error".*gültige E-Mail-Adresse/s);
  assert.match(res.body, /id="name-error".*keinen HTML-Code/s);
  assert.match(res.body, /id="pageUrl-error".*in einer Zeile/s);
  assert.match(res.body, /Bitte korrigieren Sie Ihre Angaben/);
  assert.doesNotMatch(res.body, /<script>alert/);
  assert.deepEqual(await htmlProblems(res.body), []);
  const long = await site.submit(form, form, { description: "x".repeat(5001) });
  assert.equal(long.statusCode, 422);
  assert.match(long.body, /id="description-error".*höchstens 5\.000 Zeichen/s);
  assert.equal(await stored(), before);
  await site.deliverMail();
  assert.equal((await readOutbox(site.outboxDir)).length, mailsBefore);
});

test("the team lists reports and toggles them done and open; members may not", async () => {
  const list = await get("/barrierefreiheit/meldungen", admin);
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Offene Meldungen/);
  assert.match(list.body, /Erledigte Meldungen/);
  assert.deepEqual(await htmlProblems(list.body), []);
  assert.equal((await get("/barrierefreiheit/meldungen", await site.sessionFor("editor"))).statusCode, 200);
  assert.equal((await get("/barrierefreiheit/meldungen")).statusCode, 401);
  for (const role of ["leader", "planningSpecialist", "staff"] as const) {
    assert.equal((await get("/barrierefreiheit/meldungen", await site.sessionFor(role))).statusCode, 403, role);
  }
  const [open] = await site.database.db.select().from(barrierReports).where(eq(barrierReports.status, "open")).limit(1);
  const member = await site.sessionFor("leader");
  const refused = await site.submit("/", `/barrierefreiheit/meldungen/${open.id}/status`, { status: "done" }, member);
  assert.equal(refused.statusCode, 403);
  const done = await site.submit("/barrierefreiheit/meldungen", `/barrierefreiheit/meldungen/${open.id}/status`, { status: "done" }, admin);
  assert.equal(done.statusCode, 303);
  const status = async () => (await site.database.db.select().from(barrierReports).where(eq(barrierReports.id, open.id)))[0].status;
  assert.equal(await status(), "done");
  assert.match((await get("/barrierefreiheit/meldungen?stand=done", admin)).body, /als erledigt markiert/);
  await site.submit("/barrierefreiheit/meldungen", `/barrierefreiheit/meldungen/${open.id}/status`, { status: "open" }, admin);
  assert.equal(await status(), "open");
  assert.equal((await site.submit("/barrierefreiheit/meldungen", "/barrierefreiheit/meldungen/999999/status", { status: "done" }, admin)).statusCode, 404);
  assert.equal((await site.submit("/barrierefreiheit/meldungen", `/barrierefreiheit/meldungen/${open.id}/status`, { status: "weg" }, admin)).statusCode, 400);
});
