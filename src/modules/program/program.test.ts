import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { currentProgram, listEvents, listFormats, listRegistrations } from "./queries/events.ts";
import { todayInGermany } from "../../platform/dates.ts";
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

const mails = () => site.sentMails();
const formatId = async (slug: string) => String((await listFormats(site.database.db, programId)).find((f) => f.slug === slug)!.id);
const eventByTitle = async (title: string) => (await listEvents(site.database.db, programId)).find((e) => e.title === title)!;

async function createEvent(fields: Record<string, string>) {
  const res = await site.submit(
    "/programm/termine/neu",
    "/programm/termine/neu",
    {
      audience: "cohort",
      moduleNumber: "",
      municipalityId: "",
      place: "Berlin",
      onlineUrl: "",
      capacity: "",
      registrationOpensOn: "",
      registrationClosesOn: "",
      description: "",
      speakers: "",
      ...fields,
    },
    admin,
  );
  return res;
}

test("a visitor registers for Kommune gestaltet! and confirms by the e-mail link; a second try is answered alike and changes nothing", async () => {
  const event = (await listEvents(site.database.db, programId)).find((e) => e.audience === "public" && e.days[0].date > "2027-01-01")!;
  const url = `/termine/${event.id}`;
  const bad = await site.submit(url, `${url}/anmelden`, { name: "", email: "keine-adresse" });
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /id="email-error".*gültige E-Mail-Adresse/s);
  const ok = await site.submit(url, `${url}/anmelden`, { name: "Frieda Gast", email: "frieda@traeger.example" });
  assert.equal(ok.statusCode, 303);
  const mail = (await mails()).find((m) => m.to === "frieda@traeger.example")!;
  assert.match(mail.subject, /Bitte bestätigen Sie Ihre Anmeldung/);
  const link = /http:\/\/[^/]+(\/termine\/\d+\/bestaetigen\/[A-Za-z0-9_-]+)/.exec(mail.text)![1];
  assert.equal((await listRegistrations(site.database.db, event.id)).find((r) => r.email === "frieda@traeger.example")!.status, "pending");
  const confirmed = await site.submit(link, link, {});
  assert.equal(confirmed.statusCode, 303);
  assert.equal((await listRegistrations(site.database.db, event.id)).find((r) => r.email === "frieda@traeger.example")!.status, "registered");
  assert.equal((await site.submit("/anmelden", link, {})).statusCode, 410);
  const twice = await site.submit(url, `${url}/anmelden`, { name: "Frieda Gast", email: "Frieda@Traeger.example" });
  assert.equal(twice.statusCode, 303);
  assert.equal(twice.headers.location, ok.headers.location);
  assert.equal((await listRegistrations(site.database.db, event.id)).find((r) => r.email === "frieda@traeger.example")!.status, "registered");
  assert.match((await mails()).filter((m) => m.to === "frieda@traeger.example").at(-1)!.text, /Sie sind für diesen Termin bereits angemeldet/);
});

test("cohort dates are hidden from visitors and closed to members of other municipalities", async () => {
  const ag = await eventByTitle("AG-Treffen: Beteiligung von Trägern und Adressat:innen");
  assert.equal((await site.app.inject({ url: `/termine/${ag.id}` })).statusCode, 401);
  assert.doesNotMatch((await site.app.inject({ url: "/termine" })).body, /AG-Treffen/);
  const outsider = await site.sessionFor("staff");
  assert.equal((await site.app.inject({ url: `/termine/${ag.id}`, headers: { cookie: outsider } })).statusCode, 200, "Leipzig is in the cohort");
  const calendarFile = await site.app.inject({ url: `/termine/${ag.id}.ics`, headers: { cookie: outsider } });
  assert.equal(calendarFile.statusCode, 200);
  assert.equal(calendarFile.headers["cache-control"], "private, no-store", "a cohort date's calendar file is kept by no shared cache");
});

test("the team creates an AG-Treffen for today, a tandem registers, attendance changes the obligations", async () => {
  const today = todayInGermany();
  const created = await createEvent({
    title: "AG-Treffen: Sondertermin",
    formatId: await formatId("ag-treffen"),
    despiteHolidays: "ja",
    capacity: "20",
    d0_date: today,
    d0_start: "10:00",
    d0_end: "12:00",
  });
  assert.equal(created.statusCode, 303);
  const event = await eventByTitle("AG-Treffen: Sondertermin");
  const leader = await site.sessionForEmail("leitung.hamburg@k360.example");
  const before = await site.app.inject({ url: "/mein-programm", headers: { cookie: leader } });
  const agBefore = /K360 AG-Treffen<\/th><td[^>]*>Tandem<\/td><td[^>]*>(\d) von 2 besucht/.exec(before.body)![1];
  const registered = await site.submit(`/termine/${event.id}`, `/termine/${event.id}/anmelden`, {}, leader);
  assert.equal(registered.statusCode, 303);
  const [registration] = await listRegistrations(site.database.db, event.id);
  const page = `/programm/termine/${event.id}`;
  const marked = await site.submit(page, `${page}/anwesenheit`, { dayId: String(event.days[0].id), present: String(registration.id) }, admin);
  assert.equal(marked.statusCode, 303);
  assert.equal((await listRegistrations(site.database.db, event.id))[0].status, "attended");
  const after = await site.app.inject({ url: "/mein-programm", headers: { cookie: leader } });
  const agAfter = /K360 AG-Treffen<\/th><td[^>]*>Tandem<\/td><td[^>]*>(\d) von 2 besucht/.exec(after.body)![1];
  assert.equal(Number(agAfter), Number(agBefore) + 1);
});

test("a full event puts the next person on the waiting list, who moves up by e-mail when a seat frees", async () => {
  await createEvent({ title: "AG-Treffen: Kleine Runde", formatId: await formatId("ag-treffen"), capacity: "1", d0_date: "2099-05-05" });
  const event = await eventByTitle("AG-Treffen: Kleine Runde");
  const url = `/termine/${event.id}`;
  const leader = await site.sessionFor("leader");
  const planner = await site.sessionFor("planningSpecialist");
  await site.submit(url, `${url}/anmelden`, {}, leader);
  const second = await site.submit(url, `${url}/anmelden`, {}, planner);
  assert.equal(second.headers.location, `${url}?stand=waitlisted`);
  const capacity = await site.submit(
    `/programm/termine/${event.id}/bearbeiten`,
    `/programm/termine/${event.id}/bearbeiten`,
    { title: "AG-Treffen: Kleine Runde", formatId: await formatId("ag-treffen"), audience: "cohort", capacity: "0", d0_date: "2099-05-05" },
    admin,
  );
  assert.match(capacity.body, /ganze Zahl von 1 bis 10\.000/);
  await site.submit(url, `${url}/absagen`, {}, leader);
  const statuses = (await listRegistrations(site.database.db, event.id)).map((r) => [r.email, r.status]);
  assert.deepEqual(statuses, [
    ["leitung.bonn@k360.example", "cancelled"],
    ["planung.bonn@k360.example", "registered"],
  ]);
  assert.ok((await mails()).some((m) => m.to === "planung.bonn@k360.example" && /Ein Platz ist frei/.test(m.subject)));
  const team = `/programm/termine/${event.id}`;
  assert.equal((await site.submit(team, `${team}/bestaetigen`, {}, admin)).statusCode, 303);
  assert.equal((await listRegistrations(site.database.db, event.id))[1].status, "confirmed");
});

test("bad event input: overlapping days, a module before its predecessor, capacity below registrations, a past deadline", async () => {
  const count = (await listEvents(site.database.db, programId)).length;
  const overlap = await createEvent({ title: "Doppelt", formatId: await formatId("ag-treffen"), d0_date: "2099-01-01", d1_date: "2099-01-01" });
  assert.equal(overlap.statusCode, 422);
  assert.match(overlap.body, /dürfen sich nicht überschneiden/);
  const early = await createEvent({
    title: "Lernpfad Führung, Modul 3 (neu)",
    formatId: await formatId("lernpfad-fuehrung"),
    moduleNumber: "3",
    d0_date: "2026-01-10",
    d1_date: "2026-01-11",
  });
  assert.match(early.body, /Modul 3 muss nach dem vorherigen Modul liegen/);
  const script = await createEvent({ title: "<script>alert(1)</script>", formatId: await formatId("ag-treffen"), d0_date: "2099-01-01" });
  assert.match(script.body, /keinen HTML-Code/);
  assert.equal((await listEvents(site.database.db, programId)).length, count, "nothing was created");
  const full = await eventByTitle("AG-Treffen: Politik und Verwaltung im Gespräch");
  const tooSmall = await site.submit(
    `/programm/termine/${full.id}/bearbeiten`,
    `/programm/termine/${full.id}/bearbeiten`,
    { title: full.title, formatId: String(full.formatId), audience: "cohort", capacity: "3", d0_date: full.days[0].date },
    admin,
  );
  assert.match(tooSmall.body, /bereits \d+ feste Anmeldungen/);
  const kg = (await listEvents(site.database.db, programId)).find((e) => e.audience === "public" && e.days[0].date > "2027-03-01")!;
  const closed = await site.submit(
    `/programm/termine/${kg.id}/bearbeiten`,
    `/programm/termine/${kg.id}/bearbeiten`,
    {
      title: kg.title,
      formatId: String(kg.formatId),
      audience: "public",
      capacity: "100",
      registrationClosesOn: "2026-01-01",
      d0_date: kg.days[0].date,
      d0_start: "12:00",
      d0_end: "13:00",
    },
    admin,
  );
  assert.equal(closed.statusCode, 303);
  const late = await site.submit("/anmelden", `/termine/${kg.id}/anmelden`, { name: "Zu Spät", email: "spaet@example.org" });
  assert.equal(late.statusCode, 409);
  assert.match(late.body, /Anmeldefrist ist am 1\. Januar 2026 abgelaufen/);
});

test("the team overview lists the tandems at risk first; members cannot see it", async () => {
  const res = await site.app.inject({ url: "/programm", headers: { cookie: admin } });
  const rows = [...res.body.matchAll(/scope="row"><a class="kern-link" href="\/kommunen\/[^"]+">([^<]+)</g)].map((m) => m[1]);
  assert.equal(rows.length, 9);
  assert.ok(["Hamburg", "Salzlandkreis"].includes(rows[0]), rows.join());
  assert.equal((await site.app.inject({ url: "/programm", headers: { cookie: await site.sessionFor("leader") } })).statusCode, 403);
});

test("calendar feeds are valid iCalendar with the event's times in Europe/Berlin", async () => {
  const res = await site.app.inject({ url: "/termine.ics" });
  assert.equal(res.headers["content-type"], "text/calendar; charset=utf-8");
  assert.match(res.body, /^BEGIN:VCALENDAR\r\n/);
  assert.match(res.body, /DTSTART;TZID=Europe\/Berlin:20270210T120000/);
  assert.doesNotMatch(res.body, /AG-Treffen/);
  assert.equal(res.headers["cache-control"], undefined, "the public dates may be kept by any cache");
});

test("a member subscribes to their own dates; a new address makes the old one invalid", async () => {
  const leader = await site.sessionForEmail("leitung.hamburg@k360.example");
  assert.equal((await site.submit("/mein-programm", "/mein-programm/kalender", {}, leader)).statusCode, 303);
  const page = await site.app.inject({ url: "/mein-programm", headers: { cookie: leader } });
  const feed = /http:\/\/[^/<]+(\/kalender\/[A-Za-z0-9_-]+\.ics)/.exec(page.body)![1];
  const ics = await site.app.inject({ url: feed });
  assert.equal(ics.statusCode, 200);
  assert.equal(ics.headers["cache-control"], "private, no-store", "a personal feed is kept by no shared cache");
  assert.match(ics.body, /X-WR-CALNAME:K360 – meine Termine/);
  assert.match(ics.body, /SUMMARY:Lernpfad Führung\\, Modul 1/);
  assert.doesNotMatch(ics.body, /Lernpfad Change/, "only the person's own dates");
  await site.submit("/mein-programm", "/mein-programm/kalender", {}, leader);
  assert.equal((await site.app.inject({ url: feed })).statusCode, 404);
});

test("a training path takes registrations only from the tandem role it is meant for", async () => {
  await createEvent({
    title: "Lernpfad Führung, Modul 3: Wiederholung",
    formatId: await formatId("lernpfad-fuehrung"),
    moduleNumber: "3",
    capacity: "16",
    d0_date: "2099-03-01",
    d1_date: "2099-03-02",
  });
  const event = await eventByTitle("Lernpfad Führung, Modul 3: Wiederholung");
  const url = `/termine/${event.id}`;
  const staff = await site.sessionFor("staff");
  assert.match((await site.app.inject({ url, headers: { cookie: staff } })).body, /den Führungskräften der Tandems vorbehalten/);
  assert.equal((await site.submit("/anmelden", `${url}/anmelden`, {}, staff)).statusCode, 403);
  assert.equal((await site.submit(url, `${url}/anmelden`, {}, await site.sessionFor("leader"))).statusCode, 303);
});

test("a date on a public holiday in a cohort Land is flagged for the team before anything is saved", async () => {
  const fields = { title: "AG-Treffen am Feiertag", formatId: await formatId("ag-treffen"), d0_date: "2027-10-03", d1_date: "2027-10-31" };
  const count = (await listEvents(site.database.db, programId)).length;
  const warned = await createEvent(fields);
  assert.equal(warned.statusCode, 422);
  assert.match(warned.body, /Noch ist nichts gespeichert/);
  assert.match(warned.body, /ist ein Feiertag: Tag der Deutschen Einheit \(bundesweit\)/);
  assert.match(warned.body, /ist ein Feiertag: Reformationstag \(in \d+ Ländern\)/);
  assert.match(warned.body, /<input class="kern-form-check__checkbox" id="despiteHolidays" name="despiteHolidays" value="ja" type="checkbox"/);
  assert.match(warned.body, /value="AG-Treffen am Feiertag"/, "the form keeps what was typed");
  assert.equal((await listEvents(site.database.db, programId)).length, count, "nothing is saved before the team confirms");
  const created = await createEvent({ ...fields, despiteHolidays: "ja" });
  assert.equal(created.statusCode, 303);
  const page = await site.app.inject({ url: created.headers.location as string, headers: { cookie: admin } });
  assert.match(page.body, /ist ein Feiertag: Tag der Deutschen Einheit \(bundesweit\)/);
  const ordinary = await createEvent({ ...fields, title: "AG-Treffen am Werktag", d0_date: "2027-10-05", d1_date: "" });
  assert.equal(ordinary.statusCode, 303, "a day without a holiday saves at once");
});

test("an event for the planning specialists only takes their registrations", async () => {
  await createEvent({ title: "Werkstatt Planungsdaten", formatId: await formatId("fellowtag"), audience: "planningSpecialists", d0_date: "2099-04-01" });
  const event = await eventByTitle("Werkstatt Planungsdaten");
  const url = `/termine/${event.id}`;
  const leader = await site.sessionFor("leader");
  assert.match((await site.app.inject({ url, headers: { cookie: leader } })).body, /den Planungsfachkräften der Tandems vorbehalten/);
  assert.equal((await site.submit("/anmelden", `${url}/anmelden`, {}, leader)).statusCode, 403);
  assert.equal((await site.submit(url, `${url}/anmelden`, {}, await site.sessionFor("planningSpecialist"))).statusCode, 303);
});
