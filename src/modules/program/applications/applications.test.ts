import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq, isNull, sql } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { applications, formats } from "../tables.ts";
import { currentProgram, listFormats } from "../queries/events.ts";
import { formatWithApplications, rowIds } from "./testing.ts";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let admin: string;
let leadershipId: number;
let selectionId: number;
let summaryBeforeSending = "";
const form = "/lernpfade/lernpfad-fuehrung/bewerbung";
const valid = {
  name: "Henrike Sandmann-Probe",
  email: "h.sandmann@muenchen.example",
  jobTitle: "Leitung des Stadtjugendamts",
  yearsOfExperience: "7",
  ags: "09162",
  perspective: "Jugendhilfeplanung",
  motivation: "Wir verbinden gerade Jugendhilfe- und Schulentwicklungsplanung und möchten vom Austausch lernen. Vertraulich-Probetext.",
  tandemPartnerApplying: "ja",
  partnerName: "Lea Hoffmann",
};

before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
  const program = (await currentProgram(site.database.db))!;
  leadershipId = (await listFormats(site.database.db, program.id)).find((f) => f.slug === "lernpfad-fuehrung")!.id;
  selectionId = await formatWithApplications(site.database.db, program.id, "lernpfad-auswahltest", "2025-09-30");
});
after(() => site.close());

const setDeadline = (date: string) => site.database.db.update(formats).set({ applicationDeadline: date }).where(eq(formats.id, leadershipId));
const count = async (formatId = leadershipId) =>
  (
    await site.database.db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(applications)
      .where(eq(applications.formatId, formatId))
  )[0].n;
const teamPage = (cookie = admin, id = selectionId) => site.app.inject({ url: `/programm/bewerbungen/${id}`, headers: cookie ? { cookie } : {} });
const chosen = async () => rowIds((await teamPage()).body, "Vorgeschlagene Gruppe");
const override = (id: number, value: string, cookie = admin, extra: Record<string, string> = {}) =>
  site.submit(`/programm/bewerbungen/${selectionId}`, `/programm/bewerbungen/${selectionId}/${id}/override`, { value, ...extra }, cookie);
const applicationRow = async (id: number) => (await site.database.db.select().from(applications).where(eq(applications.id, id)))[0];
const summaryOf = (html: string) => html.slice(html.indexOf("Zusammensetzung der Gruppe"), html.indexOf("Streuung"));

test("a leader applies for a free seat, gets a confirmation by e-mail and cannot apply twice", async () => {
  await setDeadline("2099-12-31");
  const page = await site.app.inject({ url: form });
  assert.equal(page.statusCode, 200);
  assert.deepEqual(await htmlProblems(page.body), []);
  const before = await count();
  const res = await site.submit(form, form, valid);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `${form}?stand=eingegangen`);
  assert.match((await site.app.inject({ url: res.headers.location as string })).body, /Ihre Bewerbung ist eingegangen/);
  const [row] = await site.database.db.select().from(applications).where(eq(applications.email, valid.email));
  assert.deepEqual(
    [row.municipalityName, row.stateCode, row.municipalityKind, row.yearsOfExperience, row.tandemPartnerApplying, row.status],
    ["München", "09", "kreisfreie_stadt", 7, true, "submitted"],
  );
  assert.equal(await count(), before + 1);
  const mail = (await readOutbox(site.outboxDir)).find((m) => m.to === valid.email)!;
  assert.match(mail.subject, /Ihre Bewerbung für den Lernpfad Führung ist eingegangen/);
  const twice = await site.submit(form, form, { ...valid, email: "H.Sandmann@Muenchen.example" });
  assert.equal(twice.statusCode, 409);
  assert.match(twice.body, /liegt für diesen Lernpfad bereits eine Bewerbung vor/);
  assert.equal(await count(), before + 1);
  const early = await site.submit(
    `/programm/bewerbungen/${leadershipId}`,
    `/programm/bewerbungen/${leadershipId}/versenden`,
    { bestaetigt: "ja", anzahl: "1" },
    admin,
  );
  assert.equal(early.statusCode, 409, "no decisions before the deadline");
  assert.match(early.body, /erst nach dem Ende der Bewerbungsfrist/);
});

test("bad input is refused with German messages next to the fields, and nothing is stored", async () => {
  const before = await count();
  const cases: [Record<string, string>, string, RegExp][] = [
    [{ email: "keine-adresse" }, "email", /gültige E-Mail-Adresse/],
    [{ ags: "99999" }, "ags", /kennen wir keine Kommune/],
    [{ ags: "123" }, "ags", /5 oder 8 Ziffern/],
    [{ ags: "05314" }, "ags", /Bonn ist Fellow-Kommune/],
    [{ motivation: "Zu kurz." }, "motivation", /mindestens 50 Zeichen \(bisher 8\)/],
    [{ name: "<script>alert(1)</script>" }, "name", /keinen HTML-Code/],
    [{ motivation: `${valid.motivation} <img src=x onerror=alert(1)>` }, "motivation", /keinen HTML-Code/],
    [{ yearsOfExperience: "61" }, "yearsOfExperience", /0 bis 60/],
    [{ perspective: "Astrologie" }, "perspective", /aus der Liste/],
    [{ partnerName: "" }, "partnerName", /Namen Ihrer Planungsfachkraft/],
  ];
  for (const [change, field, message] of cases) {
    const res = await site.submit(form, form, { ...valid, email: `neu-${field}@example.org`, ...change });
    assert.equal(res.statusCode, 422, field);
    assert.match(res.body, new RegExp(`id="${field}-error".*${message.source}`, "s"), field);
    assert.doesNotMatch(res.body, /<script>alert/);
  }
  assert.deepEqual(await htmlProblems((await site.submit(form, form, { name: "" })).body), []);
  assert.equal(await count(), before);
});

test("after the deadline the form is closed and a late application gets 409", async () => {
  await setDeadline("2025-09-30");
  const page = await site.app.inject({ url: form });
  assert.match(page.body, /Bewerbungsfrist ist am 30\. September 2025 abgelaufen/);
  assert.doesNotMatch(page.body, /Bewerbung absenden/);
  const before = await count();
  const late = await site.submit("/anmelden", form, { ...valid, email: "spaet@example.org" });
  assert.equal(late.statusCode, 409);
  assert.match(late.body, /Bewerbungsfrist ist am 30\. September 2025 abgelaufen/);
  assert.equal(await count(), before);
  assert.equal((await site.app.inject({ url: "/lernpfade/lernpfad-change/bewerbung" })).statusCode, 404, "no free seats");
  assert.equal((await site.app.inject({ url: "/lernpfade/gibt-es-nicht/bewerbung" })).statusCode, 404);
});

test("the team sees 7 proposed applicants with reasons and the spread of group and field", async () => {
  const res = await teamPage();
  assert.equal(res.statusCode, 200);
  assert.deepEqual(await htmlProblems(res.body), []);
  assert.match(res.body, /60 Bewerbungen für 7 freie Plätze/);
  assert.equal((await chosen()).length, 7);
  assert.equal(rowIds(res.body, "Rangfolge nach der Gruppe").length, 53);
  assert.match(res.body, /Streuung: alle Bewerbungen und die vorgeschlagene Gruppe/);
  assert.match(res.body, /Die Gruppe deckt \d+ von \d+ Bundesländern/);
  assert.match(res.body, /einzige Bewerbung aus|bringt die Perspektive/);
  assert.match(res.body, /60 E-Mails versenden \(7 Zusagen, 5 Warteliste, 48 Absagen\)/);
  assert.deepEqual(await chosen(), await chosen(), "the same input gives the same proposal");
});

test("including someone into the full group asks whom they replace; that person heads the waiting list", async () => {
  const original = await chosen();
  const waiting = rowIds((await teamPage()).body, "Rangfolge nach der Gruppe");
  const unnamed = await override(waiting[10], "include");
  assert.equal(unnamed.statusCode, 422, "all seats are taken: someone must give up the seat");
  assert.match(unnamed.body, /Bitte wählen Sie, wer aus der vorgeschlagenen Gruppe den Platz abgibt/);
  assert.deepEqual(await chosen(), original, "nothing changed");
  assert.equal((await override(waiting[10], "include", admin, { replaces: String(waiting[0]) })).statusCode, 422, "only a member of the group");
  const giver = original[3];
  assert.equal((await override(waiting[10], "include", admin, { replaces: String(giver) })).statusCode, 303);
  const page = (await teamPage()).body;
  const included = rowIds(page, "Vorgeschlagene Gruppe");
  assert.deepEqual([...included].sort(), [...original.filter((id) => id !== giver), waiting[10]].sort(), "exactly the named person swapped");
  assert.match(page, /Zusage – vom Team gesetzt/);
  assert.equal(rowIds(page, "Rangfolge nach der Gruppe")[0], giver, "the person who gave up the seat heads the waiting list");
  const giverName = (await applicationRow(giver)).name;
  const takerName = (await applicationRow(waiting[10])).name;
  const giverRow = page.slice(page.indexOf(`id="bewerbung-${giver}"`), page.indexOf("</tr>", page.indexOf(`id="bewerbung-${giver}"`)));
  assert.match(giverRow, new RegExp(`Platz 1 der Warteliste.*gibt den Platz nach Wahl des Teams an ${takerName} ab.*Warteliste`, "s"));
  assert.match(
    page,
    new RegExp(`Das Team hat 1 Bewerbung gesetzt; dafür gibt ${giverName} nach Wahl des Teams den Platz ab und steht vorn auf der Warteliste\\.`),
  );
  assert.match(page, /60 E-Mails versenden \(7 Zusagen, 5 Warteliste, 48 Absagen\)/);
  await override(waiting[10], "none");
  assert.deepEqual(await chosen(), original, "undoing the include gives the seat back");
});

test("excluding takes one out and the next best moves in; it can be undone", async () => {
  const original = await chosen();
  await override(original[0], "exclude");
  const page = (await teamPage()).body;
  assert.ok(rowIds(page, "Vom Team nicht aufgenommen").includes(original[0]));
  assert.equal(rowIds(page, "Vorgeschlagene Gruppe").length, 7);
  await override(original[0], "none");
  assert.deepEqual(await chosen(), original);
  assert.equal((await override(original[0], "alle")).statusCode, 422);
  assert.equal((await override(999_999, "include")).statusCode, 404);
});

test("sending the decisions mails everyone exactly once", async () => {
  summaryBeforeSending = summaryOf((await teamPage()).body);
  const action = `/programm/bewerbungen/${selectionId}/versenden`;
  const send = (fields: Record<string, string>) => site.submit(`/programm/bewerbungen/${selectionId}`, action, fields, admin);
  const mails = async () => (await readOutbox(site.outboxDir)).filter((m) => m.subject.endsWith(": Lernpfad Auswahltest"));
  assert.equal((await send({ anzahl: "60" })).statusCode, 422, "not confirmed");
  assert.equal((await send({ anzahl: "59", bestaetigt: "ja" })).statusCode, 409, "stale count");
  assert.equal((await mails()).length, 0);
  const sent = await send({ anzahl: "60", bestaetigt: "ja" });
  assert.equal(sent.statusCode, 303);
  assert.match(
    (await site.app.inject({ url: sent.headers.location as string, headers: { cookie: admin } })).body,
    /60 E-Mails sind versandt: 7 Zusagen, 5 Plätze auf der Warteliste, 48 Absagen/,
  );
  const rows = await site.database.db.select().from(applications).where(eq(applications.formatId, selectionId));
  const byStatus = (s: string) => rows.filter((r) => r.status === s).length;
  assert.deepEqual([byStatus("accepted"), byStatus("waitlisted"), byStatus("rejected")], [7, 5, 48]);
  assert.ok(rows.every((r) => r.notifiedAt && r.decisionReasons.length > 0));
  const first = await mails();
  assert.equal(first.length, 60);
  assert.equal(new Set(first.map((m) => m.to)).size, 60);
  const accepted = rows.find((r) => r.status === "accepted")!;
  assert.match(first.find((m) => m.to === accepted.email)!.subject, /^Zusage/);
  assert.equal((await send({ anzahl: "60", bestaetigt: "ja" })).statusCode, 303, "a second click");
  assert.equal((await mails()).length, 60, "no second mail");
  assert.equal((await override(accepted.id, "exclude")).statusCode, 409);
  const unsent = await site.database.db
    .select()
    .from(applications)
    .where(and(eq(applications.formatId, selectionId), isNull(applications.notifiedAt)));
  assert.equal(unsent.length, 0);
  assert.match((await teamPage()).body, /Alle Entscheidungen sind versandt/);
});

test("after sending, the summary still compares the group with the whole field of applications", async () => {
  const page = (await teamPage()).body;
  const summary = summaryOf(page);
  assert.match(summary, /Die Gruppe deckt \d+ von \d+ Bundesländern des Bewerbungsfelds ab/);
  assert.doesNotMatch(summary, /ausgeschlossen/, "nobody was excluded by the team");
  assert.equal(summary, summaryBeforeSending, "the same sentences as before sending");
  assert.match(page, /60 Bewerbungen für 7 freie Plätze/);
});

test("applications are visible to the team only and leak nowhere else", async () => {
  const leader = await site.sessionFor("leader");
  assert.equal((await teamPage("")).statusCode, 401);
  assert.equal((await teamPage(leader)).statusCode, 403);
  assert.equal((await teamPage(await site.sessionFor("editor"))).statusCode, 200);
  assert.equal((await site.submit("/anmelden", `/programm/bewerbungen/${selectionId}/1/override`, { value: "include" })).statusCode, 401);
  assert.equal((await site.submit("/anmelden", `/programm/bewerbungen/${selectionId}/1/override`, { value: "include" }, leader)).statusCode, 403);
  assert.equal((await site.submit("/anmelden", `/programm/bewerbungen/${selectionId}/versenden`, { bestaetigt: "ja" }, leader)).statusCode, 403);
  for (const url of [
    "/",
    "/termine",
    "/fellow-programm",
    "/kommunen?q=M%C3%BCnchen",
    "/kommunen/09162-muenchen",
    "/api/v1/municipalities/09162",
    form,
    "/mein-programm",
  ]) {
    const body = (await site.app.inject({ url, headers: { cookie: leader } })).body;
    assert.doesNotMatch(body, /Sandmann|Vertraulich-Probetext|@beispiel\.example/, url);
  }
});
