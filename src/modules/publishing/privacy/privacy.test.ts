import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq, sql } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { barrierReportData } from "../pages/privacy.ts";
import { applications, attendance, registrations } from "../../program/testing.ts";
import { barrierReports } from "../pages/tables.ts";
import { users } from "../../../platform/auth/tables.ts";
import { modules } from "../../index.ts";
import { platformPersonalData } from "../../../platform/background.ts";
import { currentProgram, listEvents, listFormats } from "../../program/index.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let admin: string;
const person = "frida.gast@traeger.example";
const page = `/datenschutz/auskunft?email=${encodeURIComponent(person)}`;

before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
  const { db } = site.database;
  const program = (await currentProgram(db))!;
  const events = await listEvents(db, program.id);
  const open = events.find((e) => e.audience === "public" && e.days[0].date > "2027-01-01")!;
  const registered = await site.submit(`/termine/${open.id}`, `/termine/${open.id}/anmelden`, { name: "Frida Gast", email: "Frida.Gast@Traeger.example" });
  assert.equal(registered.statusCode, 303);
  const past = events.find((e) => e.id !== open.id && e.days.length > 0)!;
  const [attended] = await db.insert(registrations).values({ eventId: past.id, name: "Frida Gast", email: person, status: "attended" }).returning();
  await db.insert(attendance).values({ registrationId: attended.id, eventDayId: past.days[0].id, present: true });
  const format = (await listFormats(db, program.id)).find((f) => f.slug === "lernpfad-fuehrung")!;
  await db.insert(applications).values({
    formatId: format.id,
    name: "Frida Gast",
    email: person,
    municipalityName: "Musterstadt",
    stateCode: "05",
    municipalityKind: "kreisfreie_stadt",
    jobTitle: "Amtsleitung",
    yearsOfExperience: 4,
    perspective: "Jugendarbeit",
    motivation: "Ich möchte lernen, wie wir kooperativ steuern.",
  });
  const reported = await site.submit("/barrierefreiheit/barriere-melden", "/barrierefreiheit/barriere-melden", {
    description: "Das Menü ist zu klein.",
    email: person,
  });
  assert.equal(reported.statusCode, 303);
});
after(() => site.close());

const get = (url: string, cookie = "") => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const rowsOf = async (email: string) => ({
  registrations: await site.database.db
    .select()
    .from(registrations)
    .where(eq(sql`lower(${registrations.email})`, email)),
  applications: await site.database.db.select().from(applications).where(eq(applications.email, email)),
  reports: await site.database.db.select().from(barrierReports).where(eq(barrierReports.email, email)),
});

test("the sources are gathered from the platform and the module manifests once, when the app is built", () => {
  assert.deepEqual(site.app.deps.personalData, [...platformPersonalData, ...modules.flatMap((m) => m.personalData ?? [])]);
  assert.ok(site.app.deps.personalData.includes(barrierReportData));
});

test("only admins may look up, download or erase a person's data", async () => {
  for (const url of [page, `/datenschutz/auskunft/export?email=${encodeURIComponent(person)}`]) {
    assert.equal((await get(url)).statusCode, 401, url);
    for (const role of ["editor", "leader", "planningSpecialist", "staff"] as const)
      assert.equal((await get(url, await site.sessionFor(role))).statusCode, 403, `${url} ${role}`);
  }
  const editor = await site.sessionFor("editor");
  assert.equal((await site.submit("/", "/datenschutz/auskunft/loeschen", { email: person, bestaetigt: "ja" }, editor)).statusCode, 403);
  assert.equal((await site.submit("/barrierefreiheit/barriere-melden", "/datenschutz/auskunft/loeschen", { email: person, bestaetigt: "ja" })).statusCode, 401);
  assert.equal((await rowsOf(person)).registrations.length, 2, "nothing erased");
});

test("the admin sees everything held under an address, grouped by source, and downloads it as JSON", async () => {
  const res = await get(page, admin);
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Anmeldungen zu Veranstaltungen \(2 Einträge\)/);
  assert.match(res.body, /Bewerbungen um freie Plätze \(1 Eintrag\)/);
  assert.match(res.body, /Meldungen von Barrieren \(1 Eintrag\)/);
  assert.match(res.body, /Benutzerkonto \(nichts gespeichert\)/);
  assert.match(res.body, /an 1 von 1 erfassten Tagen anwesend/);
  assert.deepEqual(await htmlProblems(res.body), []);
  const file = await get(`/datenschutz/auskunft/export?email=${encodeURIComponent(person)}`, admin);
  assert.equal(file.statusCode, 200);
  assert.match(String(file.headers["content-disposition"]), /^attachment; filename="k360-daten-frida\.gast_traeger\.example\.json"$/);
  assert.match(String(file.headers["content-type"]), /application\/json/);
  const data = JSON.parse(file.body) as { email: string; bereiche: { bereich: string; eintraege: Record<string, string>[] }[] };
  assert.equal(data.email, person);
  assert.equal(data.bereiche.find((b) => b.bereich === "Anmeldungen zu Veranstaltungen")!.eintraege.length, 2);
  assert.equal(data.bereiche.find((b) => b.bereich === "Meldungen von Barrieren")!.eintraege[0].Beschreibung, "Das Menü ist zu klein.");
});

test("bad input: a wrong address or a missing confirmation gets a German message and erases nothing", async () => {
  const wrong = await get("/datenschutz/auskunft?email=%3Cscript%3E", admin);
  assert.equal(wrong.statusCode, 422);
  assert.match(wrong.body, /id="email-error".*gültige E-Mail-Adresse/s);
  assert.doesNotMatch(wrong.body, /<script>/);
  const unconfirmed = await site.submit(page, "/datenschutz/auskunft/loeschen", { email: person }, admin);
  assert.equal(unconfirmed.statusCode, 422);
  assert.match(unconfirmed.body, /id="bestaetigt-error".*Bitte bestätigen Sie/s);
  const rows = await rowsOf(person);
  assert.deepEqual([rows.registrations.length, rows.applications.length, rows.reports.length], [2, 1, 1]);
});

test("erasing removes everything in one step, keeps attendance anonymously and shows what was deleted", async () => {
  const res = await site.submit(page, "/datenschutz/auskunft/loeschen", { email: person, bestaetigt: "ja" }, admin);
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Anmeldungen zu Veranstaltungen: 2/);
  assert.match(res.body, /Bewerbungen um freie Plätze: 1/);
  assert.match(res.body, /Meldungen von Barrieren: 1/);
  assert.match(res.body, /nichts mehr gespeichert/);
  const rows = await rowsOf(person);
  assert.deepEqual([rows.registrations.length, rows.applications.length, rows.reports.length], [0, 0, 0]);
  const anonymous = await site.database.db.select().from(registrations).where(eq(registrations.name, "Gelöschte Person"));
  assert.equal(anonymous.length, 1);
  assert.match(anonymous[0].email, /^geloescht-\d+@anonym\.invalid$/);
  assert.equal((await site.database.db.select().from(attendance).where(eq(attendance.registrationId, anonymous[0].id))).length, 1);
  assert.match((await get(page, admin)).body, /Zu dieser Adresse ist nichts gespeichert/);
});

test("an account is listed but not deleted", async () => {
  const email = "planung.bonn@k360.example";
  const shown = await get(`/datenschutz/auskunft?email=${encodeURIComponent(email)}`, admin);
  assert.match(shown.body, /Benutzerkonto \(1 Eintrag\)/);
  assert.match(shown.body, /Planungsfachkraft/);
  assert.match(shown.body, /Konten werden hier nicht gelöscht/);
  const res = await site.submit(
    `/datenschutz/auskunft?email=${encodeURIComponent(email)}`,
    "/datenschutz/auskunft/loeschen",
    { email, bestaetigt: "ja" },
    admin,
  );
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /Was noch gespeichert ist.*Benutzerkonto/s);
  assert.equal((await site.database.db.select().from(users).where(eq(users.email, email))).length, 1);
});
