// Notifications by e-mail: each person chooses per kind (off, at once, daily digest); the request
// only stores the notification, the mails go out through the queue.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { deliverPendingMails } from "./platform/background.ts";
import { mailDigests } from "./platform/notifications/tasks.ts";
import { notificationPreferences } from "./platform/notifications/tables.ts";
import { createArticle, validComment, writeComment } from "./modules/publishing/testing.ts";
import { readOutbox, startTestApp, type TestApp } from "./testing.ts";

let site: TestApp;
let admin: string;
let leader: string;
let planner: string;
const settings = "/konto/benachrichtigungen";
const emails = { admin: "admin@k360.example", editor: "redaktion@k360.example", leader: "leitung.bonn@k360.example", planner: "planung.bonn@k360.example" };

before(async () => {
  site = await startTestApp();
  [admin, leader, planner] = await Promise.all([site.sessionFor("admin"), site.sessionFor("leader"), site.sessionFor("planningSpecialist")]);
});
after(() => site.close());

/** Mails to the address sent since the last look, after the background tasks have run. */
let seen = 0;
async function newMails(to: string) {
  await deliverPendingMails(site.app);
  const all = await readOutbox(site.outboxDir);
  const fresh = all.slice(seen);
  seen = all.length;
  return fresh.filter((m) => m.to === to);
}
const mailsSince = async () => {
  await deliverPendingMails(site.app);
  const all = await readOutbox(site.outboxDir);
  const fresh = all.slice(seen);
  seen = all.length;
  return fresh;
};
const choose = (cookie: string, choices: Record<string, string>) => site.submit(settings, settings, choices, cookie);

test("the settings page shows each person the kinds meant for them; anonymous visitors are asked to sign in", async () => {
  const forLeader = (await site.app.inject({ url: settings, headers: { cookie: leader } })).body;
  assert.match(forLeader, /Ihr Praxisbeispiel wurde veröffentlicht oder zur Überarbeitung zurückgegeben/);
  assert.match(forLeader, /Über einen Themenvorschlag, den Sie unterstützen, wurde entschieden/);
  assert.doesNotMatch(forLeader, /wartet auf die Prüfung|Kommentar wartet|entschuldigt sich/);
  const forAdmin = (await site.app.inject({ url: settings, headers: { cookie: admin } })).body;
  for (const label of ["Ein Praxisbeispiel wartet auf die Prüfung", "Ein Kommentar wartet auf die Freigabe", "Jemand entschuldigt sich für einen Termin"])
    assert.ok(forAdmin.includes(label), label);
  assert.equal((await site.app.inject({ url: settings })).statusCode, 401);
});

test("a choice that is not offered is refused with a German message next to the field, and nothing changes", async () => {
  const res = await choose(leader, { "bericht-entschieden": "woechentlich", "vorschlag-entschieden": "immediate" });
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /id="bericht-entschieden-error"[\s\S]*Bitte wählen Sie einen der angebotenen Werte/);
  assert.equal((await site.database.db.select().from(notificationPreferences)).length, 0);
  const saved = await choose(leader, { "bericht-entschieden": "off" });
  assert.equal(saved.statusCode, 303);
  const page = (await site.app.inject({ url: saved.headers.location as string, headers: { cookie: leader } })).body;
  assert.match(page, /Ihre Einstellungen sind gespeichert/);
  assert.match(page, /<option value="off" selected>Aus<\/option>/);
  await choose(leader, { "bericht-entschieden": "immediate" });
});

test("a submitted report tells the team at once; its publication tells the author, unless the author turned it off", async () => {
  await mailsSince();
  const report = (title: string) => ({
    title,
    problem: "Familien kamen nicht zu den Beteiligungsabenden.",
    approach: "Wir sind in die Wohngebiete gefahren.",
    topics: ["beteiligung"],
    visibility: "public",
    aktion: "einreichen",
  });
  const submitted = await site.submit("/austausch/berichte/neu", "/austausch/berichte/neu", report("Beteiligung im Quartier"), leader);
  assert.equal(submitted.statusCode, 303);
  const id = Number(/berichte\/(\d+)/.exec(submitted.headers.location as string)![1]);
  assert.deepEqual(
    (await newMails(emails.admin)).map((m) => m.subject),
    ["Praxisbeispiel zur Prüfung: Beteiligung im Quartier"],
  );
  await site.submit(`/austausch/berichte/${id}`, `/austausch/berichte/${id}/veroeffentlichen`, {}, admin);
  const [published] = await newMails(emails.leader);
  assert.equal(published.subject, "Veröffentlicht: Beteiligung im Quartier");
  assert.ok(published.text.includes(`/austausch/berichte/${id}`));
  assert.ok(published.text.includes("/konto/benachrichtigungen"), "the mail says where to change it");

  await choose(leader, { "bericht-entschieden": "off" });
  const second = await site.submit("/austausch/berichte/neu", "/austausch/berichte/neu", report("Zweiter Bericht"), leader);
  const other = Number(/berichte\/(\d+)/.exec(second.headers.location as string)![1]);
  const returned = await site.submit(`/austausch/berichte/${other}`, `/austausch/berichte/${other}/zurueckgeben`, { reviewNote: "Bitte kürzer." }, admin);
  assert.equal(returned.statusCode, 303);
  assert.deepEqual(await newMails(emails.leader), [], "turned off: no mail");
  await choose(leader, { "bericht-entschieden": "immediate" });
});

test("a waiting comment goes into the team's daily digest, one mail per person, not at once", async () => {
  await mailsSince();
  await choose(admin, { "kommentar-wartet": "immediate" });
  const article = await createArticle(site.database.db);
  for (const name of ["Lena Hoffmann", "Paul Berger"])
    assert.equal((await writeComment(site, article.slug, validComment({ commentName: name }))).statusCode, 303);
  const atOnce = await mailsSince();
  assert.equal(atOnce.filter((m) => m.to === emails.editor).length, 0, "the editor reads it in the digest");
  assert.equal(atOnce.filter((m) => m.to === emails.admin && m.subject === "Ein Kommentar wartet auf die Freigabe").length, 2, "the admin chose at once");

  assert.equal(await mailDigests(site.app, new Date()), 0, "nothing before the next morning");
  const tomorrow = new Date(Date.now() + 26 * 3600_000);
  assert.equal(await mailDigests(site.app, tomorrow), 1);
  const digest = (await newMails(emails.editor)).filter((m) => m.subject.startsWith("K360: Ihre tägliche Zusammenfassung"));
  assert.equal(digest.length, 1);
  assert.match(digest[0].subject, /2 Neuigkeiten/);
  assert.match(digest[0].text, /Lena Hoffmann hat im Magazin kommentiert[\s\S]*Paul Berger hat im Magazin kommentiert/);
  assert.equal(await mailDigests(site.app, tomorrow), 0, "each item is sent once");
});

test("a person who excuses themselves tells the team at once", async () => {
  await mailsSince();
  const start = (await site.app.inject({ url: "/mein-k360", headers: { cookie: planner } })).body;
  const action = /action="(\/termine\/(\d+)\/anmelden)"/.exec(start)!;
  const registered = await site.submit("/mein-k360", action[1], {}, planner);
  assert.equal(registered.statusCode, 303, "the register button of Mein K360 registers");
  const excused = await site.submit(`/termine/${action[2]}`, `/termine/${action[2]}/entschuldigen`, {}, planner);
  assert.equal(excused.statusCode, 303);
  const [mail] = await newMails(emails.admin);
  assert.match(mail.subject, /^Entschuldigung: Jonas Muster für „/);
});

test("supporters of a proposal hear of its decision in their digest, or at once if they chose so", async () => {
  const list = "/austausch/themenvorschlaege";
  const created = await site.submit(
    `${list}/neu`,
    `${list}/neu`,
    { occasion: "ag", title: "Planung mit knappen Ressourcen", description: "Wie machen es andere?" },
    leader,
  );
  const id = Number(/themenvorschlaege\/(\d+)/.exec(created.headers.location as string)![1]);
  for (const cookie of [leader, planner]) assert.equal((await site.submit(`${list}/${id}`, `${list}/${id}/unterstuetzen`, {}, cookie)).statusCode, 303);
  await choose(planner, { "vorschlag-entschieden": "immediate" });
  await mailsSince();
  assert.equal((await site.submit(`${list}/${id}`, `${list}/${id}/entscheidung`, { decision: "accepted", reason: "" }, admin)).statusCode, 303);
  const now = await mailsSince();
  assert.deepEqual(
    now.filter((m) => m.subject.startsWith("Themenvorschlag angenommen")).map((m) => m.to),
    [emails.planner],
  );
  await mailDigests(site.app, new Date(Date.now() + 26 * 3600_000));
  const digest = (await newMails(emails.leader)).find((m) => m.subject.startsWith("K360: Ihre tägliche Zusammenfassung"));
  assert.match(digest!.text, /„Planung mit knappen Ressourcen“, den Sie unterstützen, wurde angenommen/);
});
