import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq, isNull } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { applications, formats } from "../tables.ts";
import { users } from "../../../platform/auth/tables.ts";
import { currentProgram, listFormats } from "../queries/events.ts";
import { formatWithApplications, rowIds } from "./testing.ts";
import { listApplications } from "./queries.ts";
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
/** The applications the team sees and counts. */
const count = async (formatId = leadershipId) => (await listApplications(site.database.db, formatId)).length;
const teamPage = (cookie = admin, id = selectionId) => site.app.inject({ url: `/programm/bewerbungen/${id}`, headers: cookie ? { cookie } : {} });
const chosen = async () => rowIds((await teamPage()).body, "Vorgeschlagene Gruppe");
const override = (id: number, value: string, cookie = admin, extra: Record<string, string> = {}) =>
  site.submit(`/programm/bewerbungen/${selectionId}`, `/programm/bewerbungen/${selectionId}/${id}/override`, { value, ...extra }, cookie);
const applicationRow = async (id: number) => (await site.database.db.select().from(applications).where(eq(applications.id, id)))[0];
const summaryOf = (html: string) => html.slice(html.indexOf("Zusammensetzung der Gruppe"), html.indexOf("Streuung"));

const linkIn = (text: string, kind: string) =>
  new RegExp(`https?://[^\\s]+/lernpfade/[a-z-]+/${kind}/[A-Za-z0-9_-]+`).exec(text)![0].replace(/^https?:\/\/[^/]+/, "");
const mailsTo = async (email: string) => {
  await site.deliverMail();
  return (await readOutbox(site.outboxDir)).filter((m) => m.to === email);
};

test("a leader applies for a free seat, confirms the address by the mailed link, and only then the application counts", async () => {
  await setDeadline("2099-12-31");
  const page = await site.app.inject({ url: form });
  assert.equal(page.statusCode, 200);
  assert.deepEqual(await htmlProblems(page.body), []);
  const before = await count();
  const res = await site.submit(form, form, valid);
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `${form}?stand=eingegangen`);
  assert.match((await site.app.inject({ url: res.headers.location as string })).body, /Bitte bestätigen Sie Ihre Adresse/);
  assert.equal(await count(), before, "not counted before the address is confirmed");
  const [mail] = await mailsTo(valid.email);
  assert.match(mail.subject, /Bitte bestätigen Sie Ihre Bewerbung für den Lernpfad Führung/);
  const link = linkIn(mail.text, "bewerbung/bestaetigen");
  const confirmPage = await site.app.inject({ url: link });
  assert.equal(confirmPage.statusCode, 200);
  assert.deepEqual(await htmlProblems(confirmPage.body), []);
  const confirmed = await site.submit(link, link, {});
  assert.equal(confirmed.statusCode, 200);
  assert.match(confirmed.body, /Ihre Adresse ist bestätigt, Ihre Bewerbung ist eingegangen/);
  assert.equal(await count(), before + 1);
  const [row] = await site.database.db.select().from(applications).where(eq(applications.email, valid.email));
  assert.deepEqual(
    [row.municipalityName, row.stateCode, row.municipalityKind, row.yearsOfExperience, row.tandemPartnerApplying, row.status],
    ["München", "09", "kreisfreie_stadt", 7, true, "submitted"],
  );
  assert.match((await mailsTo(valid.email)).at(-1)!.subject, /Ihre Bewerbung für den Lernpfad Führung ist eingegangen/);
  assert.equal((await site.submit(form, link, {})).statusCode, 410, "a link works once");
  const early = await site.submit(
    `/programm/bewerbungen/${leadershipId}`,
    `/programm/bewerbungen/${leadershipId}/versenden`,
    { bestaetigt: "ja", anzahl: "1" },
    admin,
  );
  assert.equal(early.statusCode, 409, "no decisions before the deadline");
  assert.match(early.body, /erst nach dem Ende der Bewerbungsfrist/);
});

test("someone else using an address with an application learns nothing and changes nothing", async () => {
  const before = await count();
  const fresh = await site.submit(form, form, { ...valid, email: "noch-niemand@example.org" });
  const again = await site.submit(form, form, {
    ...valid,
    name: "Mallory Fremd",
    email: "H.Sandmann@Muenchen.example",
    motivation: `${valid.motivation} Andere Fassung.`,
  });
  assert.equal(again.statusCode, fresh.statusCode, "the same answer as a fresh application");
  assert.equal(again.headers.location, fresh.headers.location);
  assert.equal(await count(), before, "neither counts");
  const link = linkIn((await mailsTo(valid.email)).at(-1)!.text, "bewerbung/bestaetigen");
  const result = await site.submit(link, link, {});
  assert.match(result.body, /bereits eine bestätigte Bewerbung vor\. Sie bleibt unverändert/);
  const rows = await site.database.db.select().from(applications).where(eq(applications.email, valid.email));
  assert.deepEqual(
    rows.map((r) => r.name),
    [valid.name],
    "the confirmed application is unchanged, the later submission is gone",
  );
  assert.equal(await count(), before);
});

test("an unconfirmed submission under someone's address does not block their own application", async () => {
  const owner = "b.owner@example.org";
  await site.submit(form, form, { ...valid, name: "Mallory Fremd", email: owner });
  await site.submit(form, form, { ...valid, name: "Berta Owner", email: owner });
  const [, ownMail] = await mailsTo(owner);
  const link = linkIn(ownMail.text, "bewerbung/bestaetigen");
  assert.match((await site.submit(link, link, {})).body, /Ihre Adresse ist bestätigt/);
  const rows = await site.database.db.select().from(applications).where(eq(applications.email, owner));
  assert.deepEqual(
    rows.map((r) => [r.name, r.confirmTokenHash]),
    [["Berta Owner", null]],
  );
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
  const mails = async () => {
    await site.deliverMail();
    return (await readOutbox(site.outboxDir)).filter((m) => m.subject.endsWith(": Lernpfad Auswahltest"));
  };
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

test("an accepted applicant takes the seat by the mailed link, gets an account and sees the path on Mein Programm", async () => {
  const [first] = await site.database.db
    .select()
    .from(applications)
    .where(and(eq(applications.formatId, selectionId), eq(applications.status, "accepted")))
    .orderBy(applications.id);
  const link = linkIn((await mailsTo(first.email)).at(-1)!.text, "zusage");
  const page = await site.app.inject({ url: link });
  assert.equal(page.statusCode, 200);
  assert.deepEqual(await htmlProblems(page.body), []);
  assert.equal((await site.submit(link, link, { antwort: "vielleicht" })).statusCode, 422);
  const taken = await site.submit(link, link, { antwort: "annehmen" });
  assert.equal(taken.statusCode, 200);
  assert.match(taken.body, /Sie haben den Platz angenommen/);
  const [account] = await site.database.db.select().from(users).where(eq(users.email, first.email));
  assert.deepEqual([account.name, account.role, account.municipalityId], [first.name, "staff", first.municipalityId]);
  const mine = await site.app.inject({ url: "/mein-programm", headers: { cookie: await site.sessionForEmail(first.email) } });
  assert.match(mine.body, /Mein Lernpfad: Lernpfad Auswahltest/);
  assert.equal((await site.submit("/anmelden", link, { antwort: "absagen" })).statusCode, 410, "a link works once");
  assert.equal((await applicationRow(first.id)).status, "accepted");
});

test("an accepted applicant with an account keeps it; one who declines frees the seat for the next on the waiting list", async () => {
  const accepted = await site.database.db
    .select()
    .from(applications)
    .where(and(eq(applications.formatId, selectionId), eq(applications.status, "accepted"), isNull(applications.answeredAt)))
    .orderBy(applications.id);
  const [, second, third] = accepted;
  const leaderEmail = "leitung.bonn@k360.example";
  const link = linkIn((await mailsTo(second.email)).at(-1)!.text, "zusage");
  await site.database.db.update(applications).set({ email: leaderEmail }).where(eq(applications.id, second.id));
  const usersBefore = await site.database.db.select().from(users);
  assert.match((await site.submit(link, link, { antwort: "annehmen" })).body, /Sie haben den Platz angenommen/);
  assert.equal((await site.database.db.select().from(users)).length, usersBefore.length, "no second account");
  assert.equal(usersBefore.find((u) => u.email === leaderEmail)!.role, "leader");
  assert.equal((await site.database.db.select().from(users).where(eq(users.email, leaderEmail)))[0].role, "leader", "the role stays");

  const [next] = await site.database.db
    .select()
    .from(applications)
    .where(and(eq(applications.formatId, selectionId), eq(applications.waitlistPlace, 1)));
  const declineLink = linkIn((await mailsTo(third.email)).at(-1)!.text, "zusage");
  const declined = await site.submit(declineLink, declineLink, { antwort: "absagen" });
  assert.equal(declined.statusCode, 200);
  assert.match(declined.body, /Sie haben den Platz abgegeben/);
  assert.equal((await applicationRow(third.id)).status, "declined");
  assert.equal((await applicationRow(next.id)).status, "accepted");
  const offer = (await mailsTo(next.email)).at(-1)!;
  assert.match(offer.subject, /Ein Platz ist frei geworden: Lernpfad Auswahltest/);
  const offerLink = linkIn(offer.text, "zusage");
  assert.notEqual(offerLink, declineLink, "a link of their own");
  assert.equal((await site.app.inject({ url: offerLink })).statusCode, 200);
  const team = (await teamPage()).body;
  assert.ok(rowIds(team, "Vorgeschlagene Gruppe").includes(next.id));
  assert.equal(rowIds(team, "Vorgeschlagene Gruppe").length, 7);
  assert.match(team, /Platz abgegeben \(versandt\)/);
  await site.database.db
    .update(applications)
    .set({ answerTokenExpiresAt: new Date(Date.now() - 1000) })
    .where(eq(applications.id, next.id));
  assert.equal((await site.app.inject({ url: offerLink })).statusCode, 410, "the link expires");
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
