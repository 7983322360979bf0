import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { currentProgram, listEvents, listFormats, listRegistrations } from "./queries/events.ts";
import { registrations } from "./tables.ts";
import { deleteLapsedRegistrations } from "./tasks.ts";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
let admin: string;
let programId: number;
before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
  programId = (await currentProgram(site.database.db))!.id;
});
after(() => site.close());

async function mailsTo(address: string) {
  return (await site.sentMails()).filter((m) => m.to === address);
}
const linkIn = (text: string, kind: "bestaetigen" | "anmeldung") => new RegExp(`http://[^/]+(/termine/\\d+/${kind}/[A-Za-z0-9_-]+)`).exec(text)![1];

/** A public event the team creates for the test, with its own title. */
async function publicEvent(title: string, capacity = "") {
  const formatId = String((await listFormats(site.database.db, programId)).find((f) => f.slug === "kommune-gestaltet")!.id);
  const fields = { title, formatId, audience: "public", capacity, despiteHolidays: "ja", d0_date: "2099-06-01", d0_start: "12:00", d0_end: "13:00" };
  assert.equal((await site.submit("/programm/termine/neu", "/programm/termine/neu", fields, admin)).statusCode, 303);
  return (await listEvents(site.database.db, programId)).find((e) => e.title === title)!;
}
const rows = async (eventId: number) => (await listRegistrations(site.database.db, eventId)).map((r) => [r.email, r.status, r.userId !== null]);

test("every registration mail links to a page that shows the registration and cancels it; the used link answers 410", async () => {
  const event = await publicEvent("Kommune gestaltet! Abmeldelink");
  const url = `/termine/${event.id}`;
  await site.submit(url, `${url}/anmelden`, { name: "Jörg Gäst", email: "joerg@traeger.example" });
  const [pendingMail] = await mailsTo("joerg@traeger.example");
  assert.match(pendingMail.text, /innerhalb von 48 Stunden/);
  await site.submit(linkIn(pendingMail.text, "bestaetigen"), linkIn(pendingMail.text, "bestaetigen"), {});
  const confirmed = (await mailsTo("joerg@traeger.example"))[1];
  assert.match(confirmed.subject, /Anmeldung bestätigt/);
  const manage = linkIn(confirmed.text, "anmeldung");
  const page = await site.app.inject({ url: manage });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Jörg Gäst/);
  assert.match(page.body, /angemeldet/);
  assert.match(page.body, /Anmeldung absagen/);
  const cancelled = await site.submit(manage, manage, {});
  assert.equal(cancelled.statusCode, 303);
  assert.deepEqual(await rows(event.id), [["joerg@traeger.example", "cancelled", false]]);
  const used = await site.app.inject({ url: manage });
  assert.equal(used.statusCode, 410);
  assert.match(used.body, /Dieser Link gilt nicht mehr/);
  assert.equal((await site.app.inject({ method: "POST", url: linkIn(pendingMail.text, "anmeldung") })).statusCode, 403, "no post without the form's token");
  assert.equal((await site.app.inject({ url: `${url}/anmeldung/unbekannt` })).statusCode, 410);
});

test("an unconfirmed registration under a member's address does not block the member, and a confirmed one becomes theirs", async () => {
  const event = await publicEvent("Kommune gestaltet! Adresse des Mitglieds");
  const url = `/termine/${event.id}`;
  await site.submit(url, `${url}/anmelden`, { name: "Jemand Anderes", email: "leitung.bonn@k360.example" });
  const leader = await site.sessionForEmail("leitung.bonn@k360.example");
  const own = await site.submit(url, `${url}/anmelden`, {}, leader);
  assert.equal(own.statusCode, 303, "before the fix the member got 409");
  assert.deepEqual(await rows(event.id), [["leitung.bonn@k360.example", "registered", true]]);
  await site.submit(url, `${url}/anmelden`, { name: "Gast", email: "planung.bonn@k360.example" });
  const mail = (await mailsTo("planung.bonn@k360.example")).at(-1)!;
  await site.submit(linkIn(mail.text, "bestaetigen"), linkIn(mail.text, "bestaetigen"), {});
  const planner = await site.sessionForEmail("planung.bonn@k360.example");
  assert.equal((await site.submit(url, `${url}/anmelden`, {}, planner)).statusCode, 303);
  assert.deepEqual((await rows(event.id))[1], ["planung.bonn@k360.example", "registered", true]);
  assert.match((await site.app.inject({ url, headers: { cookie: planner } })).body, /Ihr Stand: <strong>angemeldet/);
});

test("a visitor's registration under a registered address answers like a new one and tells the owner by mail; a member is told directly", async () => {
  const event = await publicEvent("Kommune gestaltet! Schon angemeldet");
  const url = `/termine/${event.id}`;
  await site.submit(url, `${url}/anmelden`, { name: "Paula Plan", email: "paula@traeger.example" });
  const confirm = linkIn((await mailsTo("paula@traeger.example"))[0].text, "bestaetigen");
  await site.submit(confirm, confirm, {});
  const fresh = await site.submit(url, `${url}/anmelden`, { name: "Neu Hier", email: "neu.hier@traeger.example" });
  const known = await site.submit(url, `${url}/anmelden`, { name: "Jemand Fremdes", email: "Paula@traeger.example" });
  assert.equal(known.statusCode, fresh.statusCode, "before the fix: 409 bereits eine Anmeldung");
  assert.equal(known.headers.location, fresh.headers.location);
  const page = (location: unknown) => site.app.inject({ url: location as string }).then((res) => res.body.replace(/name="_csrf" value="[^"]+"/g, ""));
  assert.equal(await page(known.headers.location), await page(fresh.headers.location));
  assert.deepEqual((await rows(event.id)).slice(0, 1), [["paula@traeger.example", "registered", false]]);
  const [registration] = await site.database.db.select().from(registrations).where(eq(registrations.email, "paula@traeger.example"));
  assert.equal(registration.name, "Paula Plan", "nothing of the registration changes");
  const mail = (await mailsTo("paula@traeger.example")).at(-1)!;
  assert.match(mail.text, /Guten Tag Paula Plan/);
  assert.match(mail.text, /Sie sind für diesen Termin bereits angemeldet/);
  assert.match((await site.app.inject({ url: linkIn(mail.text, "anmeldung") })).body, /Paula Plan/);
  const leader = await site.sessionForEmail("leitung.bonn@k360.example");
  assert.equal((await site.submit(url, `${url}/anmelden`, {}, leader)).statusCode, 303);
  const twice = await site.submit(url, `${url}/anmelden`, {}, leader);
  assert.equal(twice.statusCode, 409);
  assert.match(twice.body, /Ihr Stand: <strong>angemeldet/);
});

test("a new confirmation link goes only to an unconfirmed registration; the form answers the same for any address", async () => {
  const event = await publicEvent("Kommune gestaltet! Neuer Link");
  const url = `/termine/${event.id}`;
  const registered = await site.submit(url, `${url}/anmelden`, { name: "Ute Ünal", email: "ute@traeger.example" });
  const after = await site.app.inject({ url: registered.headers.location as string });
  assert.match(after.body, /<details class="kern-accordion" open><summary[^>]*><span class="kern-title">Keine E-Mail/);
  const first = linkIn((await mailsTo("ute@traeger.example"))[0].text, "bestaetigen");
  const bad = await site.submit(url, `${url}/bestaetigung-erneut`, { confirmationEmail: "keine-adresse" });
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /id="confirmationEmail-error"/);
  assert.equal((await mailsTo("ute@traeger.example")).length, 1);
  const again = await site.submit(url, `${url}/bestaetigung-erneut`, { confirmationEmail: "Ute@Traeger.example" });
  const unknown = await site.submit(url, `${url}/bestaetigung-erneut`, { confirmationEmail: "niemand@traeger.example" });
  assert.equal(again.statusCode, 303);
  assert.equal(unknown.headers.location, again.headers.location, "the same answer for an address without registration");
  assert.equal((await mailsTo("niemand@traeger.example")).length, 0);
  const second = linkIn((await mailsTo("ute@traeger.example"))[1].text, "bestaetigen");
  assert.equal((await site.app.inject({ url: first })).statusCode, 410, "the earlier link stops working");
  assert.equal((await site.submit(second, second, {})).statusCode, 303);
  await site.submit(url, `${url}/bestaetigung-erneut`, { confirmationEmail: "ute@traeger.example" });
  assert.equal((await mailsTo("ute@traeger.example")).length, 3, "a confirmed registration gets no new link (only its confirmation mail)");
});

test("an unconfirmed registration lapses after 48 hours: its link confirms nothing and the seat goes to the next person", async () => {
  const event = await publicEvent("Kommune gestaltet! Ein Platz", "1");
  const url = `/termine/${event.id}`;
  await site.submit(url, `${url}/anmelden`, { name: "Langsam", email: "langsam@traeger.example" });
  const link = linkIn((await mailsTo("langsam@traeger.example"))[0].text, "bestaetigen");
  await site.database.db
    .update(registrations)
    .set({ createdAt: new Date(Date.now() - 49 * 3600 * 1000) })
    .where(eq(registrations.email, "langsam@traeger.example"));
  assert.equal((await site.app.inject({ url: link })).statusCode, 410);
  assert.equal((await site.submit(url, link, {})).statusCode, 410);
  assert.deepEqual(await rows(event.id), [["langsam@traeger.example", "pending", false]]);
  const leader = await site.sessionForEmail("leitung.hamburg@k360.example");
  assert.equal((await site.submit(url, `${url}/anmelden`, {}, leader)).headers.location, `${url}?stand=registered`);
  const again = await site.submit(url, `${url}/anmelden`, { name: "Langsam", email: "langsam@traeger.example" });
  assert.equal(again.statusCode, 303, "the lapsed registration does not block a new one");
  const late = linkIn((await mailsTo("langsam@traeger.example"))[1].text, "bestaetigen");
  assert.equal((await site.submit(late, late, {})).headers.location, `${url}?stand=waitlisted`);
});

test("a lapsed registration is deleted by the hourly task; one still waiting for its confirmation stays", async () => {
  const event = await publicEvent("Kommune gestaltet! Aufräumen");
  const url = `/termine/${event.id}`;
  await site.submit(url, `${url}/anmelden`, { name: "Alt", email: "alt@traeger.example" });
  await site.submit(url, `${url}/anmelden`, { name: "Neu", email: "neu@traeger.example" });
  await site.database.db
    .update(registrations)
    .set({ createdAt: new Date(Date.now() - 49 * 3600 * 1000) })
    .where(eq(registrations.email, "alt@traeger.example"));
  assert.ok((await deleteLapsedRegistrations(site.database.db)) >= 1);
  assert.deepEqual(await rows(event.id), [["neu@traeger.example", "pending", false]]);
});

test("public registration is limited to 20 posts a minute from one client", async () => {
  const event = await publicEvent("Kommune gestaltet! Viele Anfragen");
  const url = `/termine/${event.id}`;
  const page = await site.app.inject({ url });
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1];
  const cookie = `_csrf=${page.cookies.find((c) => c.name === "_csrf")!.value}`;
  const statuses: number[] = [];
  for (let index = 0; index < 21; index++) {
    const payload = new URLSearchParams({ _csrf: token, name: "Viel", email: `viel${index}@traeger.example` }).toString();
    const res = await site.app.inject({
      method: "POST",
      url: `${url}/anmelden`,
      remoteAddress: "10.14.0.1",
      headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
      payload,
    });
    statuses.push(res.statusCode);
  }
  assert.deepEqual(statuses, [...Array(20).fill(303), 429]);
  assert.equal((await listRegistrations(site.database.db, event.id)).length, 20);
});
