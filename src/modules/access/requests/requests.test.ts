import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";
import { users } from "../../../platform/auth/tables.ts";
import { profileOf } from "../../municipalities/testing.ts";
import { municipalityTables } from "../../municipalities/testing.ts";
import { events, registrations } from "../../program/testing.ts";
import { addConfirmedSubscriber, subscribers } from "../../publishing/testing.ts";
import { accessRequests } from "../tables.ts";

let site: TestApp;
let siegen: { id: number; slug: string };
let olpe: { id: number; slug: string };
before(async () => {
  site = await startTestApp();
  const { db } = site.database;
  siegen = await profileOf(site.database, "05970");
  olpe = await profileOf(site.database, "05966");
  const { municipalities } = municipalityTables;
  await db
    .update(municipalities)
    .set({ officialDomains: ["siegen-wittgenstein.de"] })
    .where(eq(municipalities.id, siegen.id));
});
after(() => site.close());

const mailsTo = async (to: string) => {
  await site.deliverMail();
  return (await readOutbox(site.outboxDir)).filter((m) => m.to === to);
};
const pathIn = (text: string, prefix: string) => new URL(new RegExp(`https?://\\S+${prefix}\\S+`).exec(text)![0]).pathname;
const request = (fields: Record<string, string>) =>
  site.submit("/zugang-beantragen", "/zugang-beantragen", { role: "planningSpecialist", note: "", ...fields });
const accountOf = async (email: string) => (await site.database.db.select().from(users).where(eq(users.email, email)))[0];
const requestOf = async (email: string) => (await site.database.db.select().from(accessRequests).where(eq(accessRequests.email, email)))[0];

test("the form is linked from the login page and from a profile, preselecting that municipality", async () => {
  assert.match((await site.app.inject({ url: "/anmelden" })).body, /href="\/zugang-beantragen"/);
  const profile = await site.app.inject({ url: `/kommunen/${olpe.slug}` });
  assert.match(profile.body, /Ist das Ihr Jugendamt\?\s*<a class="kern-link" href="\/zugang-beantragen\?kommune=05966">Zugang beantragen/);
  const form = await site.app.inject({ url: "/zugang-beantragen?kommune=05966" });
  assert.equal(form.statusCode, 200);
  assert.match(form.body, new RegExp(`<option value="${olpe.id}" selected>Kreis Olpe</option>`));
  assert.match(form.body, /<option value="planningSpecialist" selected>Planungsfachkraft<\/option>/);
  assert.match(form.body, /<option value="leader">Führungskraft<\/option>/);
});

test("bad input gets German messages next to the fields and stores nothing", async () => {
  const res = await request({ name: "", email: "kein-at", municipality: "999999" });
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /id="name-error"[^>]*>.*Bitte geben Sie Ihren Namen ein/s);
  assert.match(res.body, /id="email-error"/);
  const unknown = await request({ name: "Nina Niemand", email: "nina@example.org", municipality: "999999" });
  assert.equal(unknown.statusCode, 422);
  assert.match(unknown.body, /id="municipality-error"[^>]*>.*Bitte wählen Sie eine Kommune aus der Liste/s);
  assert.equal(await requestOf("nina@example.org"), undefined);
});

test("an official address confirms by the mail link, sets up the account and gets its earlier registration and subscription attached", async () => {
  const email = "petra.plan@jugendamt.siegen-wittgenstein.de";
  const { db } = site.database;
  const [event] = await db.select({ id: events.id, title: events.title }).from(events).limit(1);
  await db.insert(registrations).values({ eventId: event.id, name: "Petra Plan", email, status: "registered" });
  await addConfirmedSubscriber(db, email);

  const sent = await request({ name: "Petra Plan", email: "Petra.Plan@Jugendamt.Siegen-Wittgenstein.de", municipality: String(siegen.id), note: "JHP" });
  assert.equal(sent.statusCode, 303);
  assert.equal(sent.headers.location, "/zugang-beantragen/gesendet");
  assert.equal(await accountOf(email), undefined, "no account before the address is confirmed");
  const [mail] = await mailsTo(email);
  assert.match(mail.text, /7 Tage gültig/);
  const link = pathIn(mail.text, "/zugang/bestaetigen/");
  assert.equal((await requestOf(email)).status, "unconfirmed");

  const confirmPage = await site.app.inject({ url: link });
  assert.equal(confirmPage.statusCode, 200);
  assert.match(confirmPage.body, /für Kreis Siegen-Wittgenstein als Planungsfachkraft/);
  const confirmed = await site.submit(link, link, {});
  assert.equal(confirmed.statusCode, 303);
  const setup = confirmed.headers.location as string;
  assert.match(setup, /^\/konto-einrichten\//);
  const account = await accountOf(email);
  assert.equal(account.municipalityId, siegen.id);
  assert.equal(account.role, "planningSpecialist");
  assert.equal((await site.app.inject({ url: link })).statusCode, 410, "the confirmation link works once");
  const [attached] = await db.select().from(registrations).where(eq(registrations.email, email));
  assert.equal(attached.userId, account.id, "attached once the address is confirmed, before the password is set");

  const short = await site.submit(setup, setup, { password: "kurz", confirm: "kurz" });
  assert.equal(short.statusCode, 400);
  assert.match(short.body, /mindestens 10 Zeichen/);
  const done = await site.submit(setup, setup, { password: "petras-passwort", confirm: "petras-passwort" });
  assert.equal(done.statusCode, 303);
  assert.equal(done.headers.location, "/mein-k360");
  const cookie = `k360_sitzung=${done.cookies.find((c) => c.name === "k360_sitzung")!.value}`;
  const start = (await site.app.inject({ url: "/mein-k360", headers: { cookie } })).body;
  assert.match(start, /Sie erhalten den Newsletter/, "the attached subscription shows on Mein K360");
  assert.match(start, /href="\/newsletter\/abmelden\/[^"]+">Newsletter abbestellen/);
  const mine = await site.app.inject({ url: "/mein-programm", headers: { cookie } });
  assert.ok(mine.body.includes(event.title), "the earlier registration shows on Mein Programm");
  const [registration] = await db.select().from(registrations).where(eq(registrations.email, email));
  assert.equal(registration.userId, account.id);
  const [subscription] = await db.select().from(subscribers).where(eq(subscribers.email, email));
  assert.equal(subscription.userId, account.id);
  assert.equal((await site.app.inject({ url: setup })).statusCode, 410, "the setup link works once");
  const login = await site.submit("/anmelden", "/anmelden", { email, password: "petras-passwort" });
  assert.equal(login.statusCode, 303);
});

test("a confirmation link older than 7 days, or one cut short, answers 410", async () => {
  const email = "otto.alt@siegen-wittgenstein.de";
  await request({ name: "Otto Alt", email, municipality: String(siegen.id) });
  const link = pathIn((await mailsTo(email))[0].text, "/zugang/bestaetigen/");
  await site.database.db
    .update(accessRequests)
    .set({ confirmExpiresAt: new Date(Date.now() - 1000) })
    .where(eq(accessRequests.email, email));
  for (const url of [link, "/zugang/bestaetigen/abc"]) {
    const res = await site.app.inject({ url });
    assert.equal(res.statusCode, 410, url);
    assert.match(res.body, /Dieser Link gilt nicht mehr/);
  }
  assert.equal((await site.submit("/zugang-beantragen", link, {})).statusCode, 410);
  assert.equal(await accountOf(email), undefined);
});

test("a request to lead the municipality waits for the team even from an official address", async () => {
  const email = "lea.leitung@siegen-wittgenstein.de";
  const sent = await request({ name: "Lea Leitung", email, role: "leader", municipality: String(siegen.id) });
  assert.equal(sent.statusCode, 303);
  assert.equal((await requestOf(email)).status, "open");
  const [mail] = await mailsTo(email);
  assert.doesNotMatch(mail.text, /zugang\/bestaetigen/, "no self-confirmation link for a leader");
  assert.equal(await accountOf(email), undefined);
});

test("an address that has an account gets the same answer and a mail saying so; nothing is stored", async () => {
  const res = await request({ name: "Miriam Beispiel", email: "leitung.bonn@k360.example", municipality: String(olpe.id) });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, "/zugang-beantragen/gesendet");
  const [mail] = (await mailsTo("leitung.bonn@k360.example")).slice(-1);
  assert.match(mail.subject, /bereits ein Konto/);
  assert.equal(await requestOf("leitung.bonn@k360.example"), undefined);
  assert.equal((await accountOf("leitung.bonn@k360.example")).municipalityId === olpe.id, false);
});

// Last in this file: it uses up the form's limit for the test client's address.
test("the form is rate-limited like the other public forms, with a German message", async () => {
  let last = { statusCode: 0, body: "" };
  for (let attempt = 0; attempt < 11; attempt++) last = await request({ name: "", email: "x", municipality: "1" });
  assert.equal(last.statusCode, 429);
  assert.match(last.body, /Zu viele Versuche/);
});
