import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { count, eq, sql } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { findUserByEmail } from "../../../platform/auth/service.ts";
import { callApplications, callReviews, calls, callTandems } from "../tables.ts";
import { createApplication, createCall } from "../testing.ts";
import { findCallBySlug } from "../queries.ts";
import { purgeExpiredApplications } from "../tasks.ts";
import { reviewData, tandemData } from "../privacy.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { callValues } from "./views/call-form.tsx";

let site: TestApp;
let admin: string;
let municipalityIds: number[];
before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
  const rows = await site.database.db.execute(sql`select id from municipalities order by id limit 3`);
  municipalityIds = ((Array.isArray(rows) ? rows : (rows as { rows: unknown[] }).rows) as { id: number }[]).map((row) => Number(row.id));
});
after(() => site.close());

const callCount = async () => (await site.database.db.select({ n: count() }).from(calls))[0].n;
const get = (url: string, cookie?: string) => site.app.inject({ url, headers: cookie ? { cookie } : {} });

const form = (changes: Record<string, string> = {}) => ({
  title: "Fellow-Programm 2032–2034",
  slug: "",
  kind: "fellow",
  periodStartsOn: "01.09.2032",
  periodEndsOn: "2034-08-31",
  places: "9",
  description: "Zwei Jahre Begleitung für **Tandems** aus Jugendämtern.",
  selection: "Zwei Personen aus dem Team lesen jede Bewerbung.",
  criterion1Label: "Veränderungsvorhaben",
  criterion1Description: "Das Vorhaben ist in zwei Jahren erreichbar.",
  criterion1Weight: "3",
  criterion2Label: "",
  criterion2Description: "",
  criterion2Weight: "1",
  question1Label: "Wer ist noch beteiligt?",
  question1Help: "",
  question1MaxLength: "",
  scaleMax: "5",
  deadline: "31.5.32",
  retentionMonths: "12",
  ...changes,
});

test("the team sets up a call as a draft, publishes it, and the public page states the deadline in German", async () => {
  const page = "/team/ausschreibungen/neu";
  assert.equal((await get(page)).statusCode, 401);
  assert.equal((await get(page, await site.sessionFor("leader"))).statusCode, 403);
  const before = await callCount();
  for (const [changes, message] of [
    [{ deadline: "31.02.2032" }, /zum Beispiel 31\.05\.2027/],
    [{ places: "51" }, /ganze Zahl von 1 bis 50/],
    [{ criterion1Label: "", criterion1Description: "" }, /mindestens ein Kriterium/],
    [{ periodEndsOn: "2031-01-01" }, /Programmende darf nicht vor/],
  ] as const) {
    const bad = await site.submit(page, page, form(changes), admin);
    assert.equal(bad.statusCode, 422);
    assert.match(bad.body, message);
    assert.match(bad.body, /aria-invalid="true"/);
  }
  assert.deepEqual(await htmlProblems((await site.submit(page, page, form({ places: "0", title: "" }), admin)).body), []);
  const created = await site.submit(page, page, form(), admin);
  assert.equal(created.statusCode, 303);
  const call = (await findCallBySlug(site.database.db, "fellow-programm-2032-2034"))!;
  assert.equal(call.deadline.toISOString(), "2032-05-31T21:59:00.000Z");
  assert.deepEqual(call.criteria, [
    { key: "veraenderungsvorhaben", label: "Veränderungsvorhaben", description: "Das Vorhaben ist in zwei Jahren erreichbar.", weight: 3 },
  ]);
  assert.equal(call.questions[0].maxLength, 2000);
  const taken = await site.submit(page, page, form({ title: "Noch eine", slug: "Fellow-Programm 2032–2034" }), admin);
  assert.equal(taken.statusCode, 422);
  assert.match(taken.body, /Diese Adresse hat schon eine andere Ausschreibung/);
  assert.equal(await callCount(), before + 1, "only the valid form stored a call");

  const publicPage = `/ausschreibungen/${call.slug}`;
  assert.equal((await get(publicPage)).statusCode, 404, "a draft does not exist for the public");
  assert.equal((await get(publicPage, await site.sessionFor("leader"))).statusCode, 404);
  assert.equal((await get(publicPage, admin)).statusCode, 200);
  const teamPage = `/team/ausschreibungen/${call.id}`;
  assert.equal((await site.submit(teamPage, `${teamPage}/veroeffentlichen`, {}, admin)).statusCode, 303);
  const shown = await get(publicPage);
  assert.equal(shown.statusCode, 200);
  assert.deepEqual(await htmlProblems(shown.body), []);
  assert.match(shown.body, /Bewerbung bis Montag, 31\. Mai 2032, 23:59 Uhr/);
  assert.match(shown.body, new RegExp(`href="${publicPage}/bewerbung"`));
  assert.match(shown.body, /<strong>Tandems<\/strong>/);
  assert.match((await get("/ausschreibungen")).body, /Fellow-Programm 2032–2034/);
  const list = await get("/team/ausschreibungen", admin);
  assert.match(list.body, /Fellow-Programm 2032–2034/);
  assert.match(list.body, /Veröffentlicht/);
});

test("a call with applications stays published, and once reviewed its criteria stay as they are", async () => {
  const call = await createCall(site.database.db, { deadline: new Date("2020-01-01T00:00:00Z") });
  const application = await createApplication(site.database.db, {
    callId: call.id,
    municipalityId: municipalityIds[0],
    leader: { name: "Lena Leitung", email: "lena@amt.example" },
    planningSpecialist: { name: "Paul Planung", email: "paul@amt.example" },
    submitted: true,
  });
  const teamPage = `/team/ausschreibungen/${call.id}`;
  const refused = await site.submit(teamPage, `${teamPage}/zurueckziehen`, {}, admin);
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /Es gibt schon Bewerbungen/);
  assert.match((await get(`/ausschreibungen/${call.slug}`)).body, /Bewerbungsfrist ist abgelaufen/);
  const reviewer = (await findUserByEmail(site.database.db, "redaktion@k360.example"))!;
  await site.database.db
    .insert(callReviews)
    .values({ applicationId: application.id, reviewerId: reviewer.id, scores: { vorhaben: 4 }, comment: "Klar beschrieben." });
  const unchanged = { ...(callValues(call) as Record<string, string>), title: "Fellow-Programm, neuer Titel" };
  assert.equal((await site.submit(teamPage, teamPage, unchanged, admin)).statusCode, 303, "a new title is fine");
  assert.deepEqual((await findCallBySlug(site.database.db, call.slug))!.criteria, call.criteria, "the criteria keep their keys");
  const changed = await site.submit(teamPage, teamPage, { ...unchanged, scaleMax: "7" }, admin);
  assert.equal(changed.statusCode, 422);
  assert.match(changed.body, /Kriterien und Punkteskala lassen sich nicht mehr ändern/);
  assert.equal((await findCallBySlug(site.database.db, call.slug))!.scaleMax, 5);
  const locked = (await get(teamPage, admin)).body;
  assert.match(locked, /werden am 1\. Januar 2021 gelöscht/);
  assert.deepEqual(await htmlProblems(locked), []);

  const exported = (await reviewData.find(site.database.db, "redaktion@k360.example")).filter((row) => row.Ausschreibung === "Fellow-Programm, neuer Titel");
  assert.equal(exported.length, 1);
  assert.equal(exported[0].Kommentar, "Klar beschrieben.");
  const tandem = await tandemData.find(site.database.db, "lena@amt.example");
  assert.equal(tandem.length, 1);
  assert.equal(tandem[0].Ausschreibung, "Fellow-Programm, neuer Titel");
  assert.equal(tandem[0].Vorhaben, "Gemeinsame Planung von Jugendhilfe und Schule");
  assert.ok(tandem[0].Kommune);
  assert.equal(await tandemData.erase(site.database.db, "lena@amt.example"), 1);
  assert.ok((await reviewData.erase(site.database.db, "redaktion@k360.example")) >= 1);
  assert.deepEqual(await reviewData.find(site.database.db, "redaktion@k360.example"), []);
  assert.deepEqual(await tandemData.find(site.database.db, "lena@amt.example"), []);
  const names = await site.database.db.select({ name: callTandems.name }).from(callTandems).where(eq(callTandems.applicationId, application.id));
  assert.deepEqual(names.map((n) => n.name).sort(), ["Paul Planung", "gelöscht"]);
});

test("the retention task deletes the applications of expired calls only", async () => {
  const db = site.database.db;
  const person = (name: string) => ({ name, email: `${name}@amt.example` });
  const decided = await createCall(db, { status: "decided", decidedAt: new Date("2030-01-15T10:00:00Z"), retentionMonths: 6 });
  const running = await createCall(db, { deadline: new Date("2030-06-01T10:00:00Z"), retentionMonths: 12 });
  for (const call of [decided, running])
    await createApplication(db, { callId: call.id, municipalityId: municipalityIds[1], leader: person("a"), planningSpecialist: person("b") });
  const applicationsOf = async (callId: number) => (await db.select({ n: count() }).from(callApplications).where(eq(callApplications.callId, callId)))[0].n;
  assert.ok(!(await purgeExpiredApplications(db, new Date("2030-07-14T00:00:00Z"))).includes(decided.id), "six months after the decision are not over yet");
  const now = new Date("2030-07-16T00:00:00Z");
  const purged = await purgeExpiredApplications(db, now);
  assert.ok(purged.includes(decided.id) && !purged.includes(running.id));
  assert.equal(await applicationsOf(decided.id), 0);
  assert.equal(await applicationsOf(running.id), 1);
  assert.equal((await findCallBySlug(db, decided.slug))!.purgedAt?.toISOString(), now.toISOString());
  assert.match((await get(`/team/ausschreibungen/${decided.id}`, admin)).body, /wurden am 16\. Juli 2030 gelöscht/);
});
