import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { addUser, findUserByEmail } from "../../../platform/auth/service.ts";
import { hashToken } from "../../../platform/auth/tokens.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { profileOf } from "../../municipalities/testing.ts";
import { createApplication, createCall } from "../testing.ts";
import { callApplications, calls, callTandems } from "../tables.ts";
import type { Call } from "../queries.ts";

let site: TestApp;
let miriam: string;
let jonas: string;
let bonnId: number;
let call: Call;
let page: string;
const pdf = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

before(async () => {
  site = await startTestApp();
  miriam = await site.sessionFor("leader");
  jonas = await site.sessionFor("planningSpecialist");
  bonnId = (await profileOf(site.database, "05314")).id;
  call = await createCall(site.database.db, { title: "Fellow-Programm 2027–2029" });
  page = `/ausschreibungen/${call.slug}/bewerbung`;
});
after(() => site.close());

const rowsOf = (callId: number) => site.database.db.select().from(callApplications).where(eq(callApplications.callId, callId));
const get = (url: string, cookie?: string) => site.app.inject({ url, headers: cookie ? { cookie } : {} });

test("the team and anonymous visitors cannot apply; a partner from another municipality is refused and nothing is stored", async () => {
  assert.equal((await get(page)).statusCode, 401);
  assert.equal((await get(page, await site.sessionFor("admin"))).statusCode, 403);
  const form = await get(page, miriam);
  assert.equal(form.statusCode, 200);
  assert.match(form.body, /Bewerbung beginnen/);
  const other = await site.submit(page, page, { role: "leader", partnerName: "Lea", partnerEmail: "team.leipzig@k360.example" }, miriam);
  assert.equal(other.statusCode, 422);
  assert.match(other.body, /id="partnerEmail-error"[^>]*>.*Unter dieser Adresse gibt es kein Mitglied Ihrer Kommune/s);
  const unknown = await site.submit(page, page, { role: "leader", partnerName: "Nie", partnerEmail: "niemand@bonn.example" }, miriam);
  assert.match(unknown.body, /Unter dieser Adresse gibt es kein Mitglied Ihrer Kommune/, "the same words for an address without account");
  assert.equal((await rowsOf(call.id)).length, 0);
  for (const res of [form, other]) assert.deepEqual(await htmlProblems(res.body), []);
});

test("a tandem applies together: invitation, confirmation, edits by both, a checked letter, and both agree to submit", async () => {
  const started = await site.submit(page, page, { role: "leader", partnerName: "Jonas Muster", partnerEmail: "planung.bonn@k360.example" }, miriam);
  assert.equal(started.statusCode, 303);
  const mail = (await site.sentMails()).filter((m) => m.to === "planung.bonn@k360.example").at(-1)!;
  assert.match(mail.subject, /Einladung ins Tandem/);
  const link = new URL(/https?:\/\/\S+\/bestaetigen\/\S+/.exec(mail.text)![0]).pathname;
  const [application] = await rowsOf(call.id);
  const seats = await site.database.db.select().from(callTandems).where(eq(callTandems.applicationId, application.id)).orderBy(callTandems.role);
  assert.deepEqual(
    seats.map((seat) => [seat.role, seat.inviteTokenHash]),
    [
      ["leader", null],
      ["planningSpecialist", hashToken(link.split("/").at(-1)!)],
    ],
    "only the hash of the partner's token is stored",
  );

  // A second application for Bonn is refused; another member of Bonn sees who applies, not what.
  await addUser(site.database.db, { email: "dritte.bonn@k360.example", name: "Dora Dritte", role: "staff", municipalityId: bonnId });
  const dora = await site.sessionForEmail("dritte.bonn@k360.example");
  const second = await site.submit(page, page, { role: "leader", partnerName: "Jonas", partnerEmail: "planung.bonn@k360.example" }, dora);
  assert.equal(second.statusCode, 409);
  assert.match(second.body, /schon eine Bewerbung/);
  assert.match(second.body, /Miriam Beispiel/, "the message stands beside the existing application's tandem");
  assert.equal((await rowsOf(call.id)).length, 1);

  assert.doesNotMatch((await get(page, jonas)).body, /Entwurf speichern/, "the partner edits only after confirming");
  assert.equal((await site.submit(link, link, {}, jonas)).statusCode, 303);
  assert.equal((await get(link, jonas)).statusCode, 410, "the link works once");

  const draft = {
    projectTitle: "Jugendhilfe und Schule planen gemeinsam",
    projectSummary: "Drei Sozialräume, eine Planung.",
    projectTopics: ["beteiligung"],
    planningStage: "partial",
    situation: "Die Planungen laufen getrennt.",
    expectations: "Methoden und Austausch.",
    trainings: "ja",
    workingGroups: "ja",
    checkIns: "ja",
    hoursPerMonth: "20",
    "frage-beteiligte": "Schulverwaltung",
  };
  const tooLong = await site.submit(page, `${page}/entwurf`, { ...draft, situation: "x".repeat(100_000) }, jonas);
  assert.equal(tooLong.statusCode, 422);
  assert.match(tooLong.body, /id="situation-error"[^>]*>.*höchstens 4\.000 Zeichen/s);
  assert.equal((await site.submit(page, `${page}/entwurf`, draft, jonas)).statusCode, 303);
  const incomplete = await site.submit(page, `${page}/einreichen`, {}, miriam);
  assert.equal(incomplete.statusCode, 422);
  assert.match(incomplete.body, /id="datei-error"[^>]*>.*Unterstützungsschreiben/s);

  const fake = await site.upload(page, `${page}/schreiben`, "schreiben.pdf", Buffer.from("Kein PDF, nur Text."), miriam);
  assert.equal(fake.statusCode, 422);
  assert.match(fake.body, /keine echte PDF-Datei/);
  assert.equal((await rowsOf(call.id))[0].letterName, null);
  assert.equal((await site.upload(page, `${page}/schreiben`, "schreiben.pdf", pdf, miriam)).statusCode, 303);

  assert.equal((await site.submit(page, `${page}/einreichen`, {}, miriam)).statusCode, 303);
  assert.match((await get(page, jonas)).body, /wartet auf die Zustimmung/);
  assert.equal((await site.submit(page, `${page}/einreichen`, {}, jonas)).statusCode, 303);
  const [submitted] = await rowsOf(call.id);
  assert.equal(submitted.status, "submitted");
  assert.ok(submitted.submittedAt);
  assert.equal(submitted.projectTitle, draft.projectTitle);
  assert.deepEqual(submitted.answers, { beteiligte: "Schulverwaltung" });

  const shown = await get(page, miriam);
  assert.match(shown.body, /Eingereicht<\/strong> am/);
  assert.doesNotMatch(shown.body, /Entwurf speichern/);
  const letter = await get(`${page}/schreiben`, jonas);
  assert.equal(letter.statusCode, 200);
  assert.equal(letter.headers["content-type"], "application/pdf");
  assert.match((await get("/mein-k360", miriam)).body, /Fellow-Programm 2027–2029/);

  const seen = await get(page, dora);
  assert.match(seen.body, /Miriam Beispiel/);
  assert.doesNotMatch(seen.body, /Jugendhilfe und Schule planen gemeinsam/);
  assert.equal((await get(`${page}/schreiben`, dora)).statusCode, 404);
  assert.equal((await site.submit(page, `${page}/entwurf`, draft, dora)).statusCode, 403);
  for (const res of [incomplete, fake, shown, seen]) assert.deepEqual(await htmlProblems(res.body), []);
});

test("after the deadline nothing changes, and the tandem sees the state and, once sent, the decision", async () => {
  const miriamId = (await findUserByEmail(site.database.db, "leitung.bonn@k360.example"))!.id;
  const jonasId = (await findUserByEmail(site.database.db, "planung.bonn@k360.example"))!.id;
  const late = await createCall(site.database.db);
  const application = await createApplication(site.database.db, {
    callId: late.id,
    municipalityId: bonnId,
    leader: { userId: miriamId, name: "Miriam Beispiel", email: "leitung.bonn@k360.example" },
    planningSpecialist: { userId: jonasId, name: "Jonas Muster", email: "planung.bonn@k360.example" },
  });
  await site.database.db
    .update(calls)
    .set({ deadline: new Date(Date.now() - 1000) })
    .where(eq(calls.id, late.id));
  const latePage = `/ausschreibungen/${late.slug}/bewerbung`;
  const changed = await site.submit(latePage, `${latePage}/entwurf`, { projectTitle: "Zu spät" }, miriam);
  assert.equal(changed.statusCode, 409);
  assert.match(changed.body, /Bewerbungsfrist ist abgelaufen/);
  assert.equal((await site.upload(latePage, `${latePage}/schreiben`, "schreiben.pdf", pdf, miriam)).statusCode, 409);
  assert.equal((await site.submit(latePage, `${latePage}/einreichen`, {}, jonas)).statusCode, 409);
  const [row] = await rowsOf(late.id);
  assert.deepEqual({ ...row, letter: null }, { ...application, letter: null });
  assert.match((await get(latePage, jonas)).body, /Nicht eingereicht – die Frist ist abgelaufen/);

  await site.database.db
    .update(callApplications)
    .set({ decision: "accepted", decisionReasons: ["Ein klares Vorhaben mit Rückhalt der Verwaltungsspitze."], notifiedAt: new Date() })
    .where(eq(callApplications.callId, call.id));
  const decided = (await get(page, jonas)).body;
  assert.match(decided, /Entscheidung: Zusage/);
  assert.match(decided, /Ein klares Vorhaben mit Rückhalt der Verwaltungsspitze\./);
});
