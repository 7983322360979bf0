import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { currentProgram } from "../queries/events.ts";
import { listCheckIns } from "./queries.ts";
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
