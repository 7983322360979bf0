import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { currentProgram } from "../queries/events.ts";
import { eq } from "drizzle-orm";
import { listCheckIns, listTeamCheckIns, openNextStepsFor } from "./queries.ts";
import { users } from "../../../platform/auth/tables.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { listMunicipalitiesByIds, fellowIds } from "../../municipalities/index.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let admin: string;
let hamburgId: number;
const secret = "Vertraulich: Streit zwischen Amtsleitung und Kämmerei um das Budget";
before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
  hamburgId = (await listMunicipalitiesByIds(site.database.db, await fellowIds(site.database.db))).find((m) => m.name === "Hamburg")!.id;
});
after(() => site.close());

const form = "/programm/check-ins/neu";
const count = async () => (await listCheckIns(site.database.db, (await currentProgram(site.database.db))!.id)).length;

test("the team records a check-in; bad input is refused and nothing is stored", async () => {
  const before = await count();
  const bad = await site.submit(
    form,
    form,
    { municipalityId: String(hamburgId), heldOn: "2099-01-01", topics: "Erfunden", notes: "<script>x</script>" },
    admin,
  );
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /nicht in der Zukunft liegen/);
  assert.match(bad.body, /nur Themen aus der Liste/);
  assert.match(bad.body, /keinen HTML-Code/);
  assert.equal(await count(), before);
  const ok = await site.submit(
    form,
    form,
    {
      municipalityId: String(hamburgId),
      heldOn: "2026-11-02",
      participants: "Tandem Hamburg",
      topics: ["Umgang mit Widerstand", "Planung nächster Schritte"],
      notes: secret,
      nextSteps: "Gespräch mit der Kämmerei",
    },
    admin,
  );
  assert.equal(ok.statusCode, 303);
  assert.equal(await count(), before + 1);
});

test("the notes are visible to the team and to Hamburg's tandem only", async () => {
  const team = await site.app.inject({ url: "/programm/check-ins", headers: { cookie: admin } });
  assert.match(team.body, new RegExp(secret));
  const hamburg = await site.app.inject({ url: "/mein-programm", headers: { cookie: await site.sessionForEmail("planung.hamburg@k360.example") } });
  assert.match(hamburg.body, new RegExp(secret));
  for (const email of ["leitung.bonn@k360.example", "team.leipzig@k360.example", "redaktion@k360.example"]) {
    const page = await site.app.inject({ url: "/mein-programm", headers: { cookie: await site.sessionForEmail(email) } });
    assert.doesNotMatch(page.body, /Streit zwischen Amtsleitung/, email);
  }
  assert.equal(
    (await site.app.inject({ url: "/programm/check-ins", headers: { cookie: await site.sessionForEmail("leitung.hamburg@k360.example") } })).statusCode,
    403,
  );
  assert.equal((await site.app.inject({ url: "/programm/check-ins" })).statusCode, 401);
});

test("the team's own note is shown to the team, labelled, and never to the tandem", async () => {
  const teamOnly = "Nur intern: Amtsleitung wirkt überlastet, Nachfassen im Januar";
  const page = await site.app.inject({ url: form, headers: { cookie: admin } });
  assert.match(page.body, /Notizen für das Tandem.*Für das Tandem sichtbar/s);
  assert.match(page.body, /Interne Notizen des Teams.*Nur für das Team sichtbar/s);
  const saved = await site.submit(
    form,
    form,
    { municipalityId: String(hamburgId), heldOn: "2026-11-20", topics: "Beteiligung", notes: "Geteilt: Beteiligungskonzept abgestimmt", teamNotes: teamOnly },
    admin,
  );
  assert.equal(saved.statusCode, 303);
  const team = await site.app.inject({ url: "/programm/check-ins", headers: { cookie: admin } });
  assert.match(team.body, new RegExp(`Interne Notizen – Nur für das Team sichtbar</p><p[^>]*>${teamOnly}`));
  assert.match(team.body, /Notizen – Für das Tandem sichtbar<\/p><p[^>]*>Geteilt: Beteiligungskonzept abgestimmt/);
  for (const email of ["planung.hamburg@k360.example", "leitung.hamburg@k360.example"]) {
    const own = await site.app.inject({ url: "/mein-programm", headers: { cookie: await site.sessionForEmail(email) } });
    assert.match(own.body, /Geteilt: Beteiligungskonzept abgestimmt/, email);
    assert.doesNotMatch(own.body, /Amtsleitung wirkt überlastet|Nur für das Team sichtbar/, email);
  }
});

test("the notes leak nowhere else: profile, API, directory search", async () => {
  const pages = [
    "/kommunen/02000-hamburg",
    "/api/v1/municipalities/02000",
    "/api/v1/municipalities/02000/change-projects",
    "/kommunen?q=Streit",
    "/termine",
    "/termine.ics",
  ];
  for (const url of pages) {
    const res = await site.app.inject({ url, headers: { cookie: await site.sessionFor("staff") } });
    assert.doesNotMatch(res.body, /Streit zwischen Amtsleitung/, url);
  }
});

test("check-ins count towards the tandem's obligations", async () => {
  const page = await site.app.inject({ url: "/mein-programm", headers: { cookie: await site.sessionForEmail("leitung.hamburg@k360.example") } });
  assert.match(page.body, /Check-In<\/th><td[^>]*>Tandem<\/td><td[^>]*>\d von 5 besucht/);
});

test("a leader who attended every module downloads a tagged PDF certificate; others get none", async () => {
  const bonn = await site.sessionFor("leader");
  const page = await site.app.inject({ url: "/mein-programm", headers: { cookie: bonn } });
  const href = /href="(\/mein-programm\/bescheinigung\/\d+\.pdf)"/.exec(page.body)![1];
  const pdf = await site.app.inject({ url: href, headers: { cookie: bonn } });
  assert.equal(pdf.statusCode, 200);
  assert.equal(pdf.headers["content-type"], "application/pdf");
  assert.equal(pdf.rawPayload.subarray(0, 8).toString(), "%PDF-1.7");
  assert.match(pdf.rawPayload.toString("latin1"), /\/StructTreeRoot/);
  const salzland = await site.sessionForEmail("leitung.salzlandkreis@k360.example");
  assert.doesNotMatch((await site.app.inject({ url: "/mein-programm", headers: { cookie: salzland } })).body, /Teilnahmebescheinigung/);
  assert.equal((await site.app.inject({ url: href, headers: { cookie: salzland } })).statusCode, 404);
  assert.equal((await site.app.inject({ url: href })).statusCode, 401);
});

test("the team filters a tandem's timeline by topic and period with a plain GET form", async () => {
  const timeline = `/programm/check-ins/kommunen/${hamburgId}`;
  const get = (query = "", cookie = admin) => site.app.inject({ url: `${timeline}${query}`, headers: cookie ? { cookie } : {} });
  const all = await get();
  assert.equal(all.statusCode, 200);
  assert.deepEqual(await htmlProblems(all.body), []);
  assert.match(all.body, /<form method="get" action="\/programm\/check-ins\/kommunen\/\d+"/);
  const total = Number(/(\d+) Check-Ins/.exec(all.body)![1]);
  assert.ok(total >= 4, `${total}`);
  const topic = await get("?thema=Beteiligung");
  assert.match(topic.body, /1 Check-In</);
  assert.match(topic.body, /Geteilt: Beteiligungskonzept abgestimmt/);
  assert.doesNotMatch(topic.body, /Streit zwischen Amtsleitung/);
  const period = await get("?von=2026-11-01&bis=2026-11-10");
  assert.match(period.body, /1 Check-In</);
  assert.match(period.body, /Streit zwischen Amtsleitung/);
  const bad = await get("?thema=Erfunden&von=2026-12-01&bis=2026-01-01");
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /id="thema-error".*nur Themen aus der Liste/s);
  assert.match(bad.body, /id="bis-error".*Ende des Zeitraums liegt vor seinem Anfang/s);
  assert.equal((await get("?von=morgen")).statusCode, 422);
  assert.equal((await get("", await site.sessionForEmail("leitung.hamburg@k360.example"))).statusCode, 403);
  assert.equal((await get("", "")).statusCode, 401);
  assert.equal((await site.app.inject({ url: "/programm/check-ins/kommunen/999999", headers: { cookie: admin } })).statusCode, 404);
});

test("the team agrees next steps with owner and due date, corrects them and marks them done; the owner's open steps are exported", async () => {
  const program = (await currentProgram(site.database.db))!;
  const [checkIn] = await listTeamCheckIns(site.database.db, program.id, { municipalityId: hamburgId });
  const form = `/programm/check-ins/${checkIn.id}/schritte/neu`;
  const leader = (await site.database.db.select().from(users).where(eq(users.email, "leitung.hamburg@k360.example")))[0];
  const page = await site.app.inject({ url: form, headers: { cookie: admin } });
  assert.equal(page.statusCode, 200);
  assert.deepEqual(await htmlProblems(page.body), []);
  const stranger = (await site.database.db.select().from(users).where(eq(users.email, "leitung.bonn@k360.example")))[0];
  const refused = await site.submit(form, form, { description: "Budget klären", owner: String(stranger.id), dueOn: "2027-02-01" }, admin);
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /id="owner-error".*Mitglied des Tandems oder das Team/s);
  const empty = await site.submit(form, form, { description: "", owner: "team", dueOn: "" }, admin);
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /Bitte beschreiben Sie den nächsten Schritt/);
  const before = (await openNextStepsFor(site.database.db, leader.id)).length;
  const saved = await site.submit(form, form, { description: "Budget mit der Kämmerei klären", owner: String(leader.id), dueOn: "2027-02-01" }, admin);
  assert.equal(saved.statusCode, 303);
  const timeline = await site.app.inject({ url: saved.headers.location as string, headers: { cookie: admin } });
  assert.match(timeline.body, new RegExp(`Budget mit der Kämmerei klären – ${leader.name} – fällig am 1\\. Februar 2027`));
  const open = await openNextStepsFor(site.database.db, leader.id);
  assert.equal(open.length, before + 1);
  const step = open.find((s) => s.description === "Budget mit der Kämmerei klären")!;
  assert.deepEqual([step.dueOn, step.municipalityName, step.forTeam], ["2027-02-01", "Hamburg", false]);
  assert.equal((await openNextStepsFor(site.database.db, stranger.id)).filter((s) => s.municipalityName === "Hamburg").length, 0);
  const own = await site.app.inject({ url: "/mein-programm", headers: { cookie: await site.sessionForEmail("planung.hamburg@k360.example") } });
  assert.match(
    own.body,
    new RegExp(`<li>Budget mit der Kämmerei klären – ${leader.name} – fällig am 1\\. Februar 2027</li>`),
    "the tandem sees what was agreed",
  );
  const edit = `/programm/naechste-schritte/${step.id}/bearbeiten`;
  assert.equal((await site.app.inject({ url: edit, headers: { cookie: await site.sessionForEmail("leitung.hamburg@k360.example") } })).statusCode, 403);
  const done = await site.submit(edit, edit, { description: "Budget mit der Kämmerei klären", owner: "team", dueOn: "2027-02-15", erledigt: "ja" }, admin);
  assert.equal(done.statusCode, 303);
  assert.equal((await openNextStepsFor(site.database.db, leader.id)).length, before, "done steps are not open");
  const after = await site.app.inject({ url: done.headers.location as string, headers: { cookie: admin } });
  assert.match(after.body, /Budget mit der Kämmerei klären – Team der Initiative – erledigt/);
  const teamSteps = await openNextStepsFor(site.database.db, (await site.database.db.select().from(users).where(eq(users.role, "admin")))[0].id);
  assert.ok(teamSteps.every((s) => s.forTeam));
  assert.equal((await site.app.inject({ url: "/programm/naechste-schritte/999999/bearbeiten", headers: { cookie: admin } })).statusCode, 404);
});
