import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const get = (url: string) => site.app.inject({ url });

test("a Fellow profile shows its key figures, Jugendamt, tandem and change project", async () => {
  const res = await get("/kommunen/14713-leipzig");
  assert.equal(res.statusCode, 200);
  assert.match(res.body, /<h1[^>]*>Leipzig/);
  assert.match(res.body, /Fellow-Kommune/);
  assert.match(res.body, /Kreisfreie Stadt in Sachsen/);
  assert.match(res.body, /587\.857/);
  assert.match(res.body, /Jugendamt der Stadt Leipzig/);
  assert.match(res.body, /Tandem im Fellow-Programm/);
  assert.match(res.body, /Andrea Beispielhaft<\/strong> – Führungskraft/);
  assert.match(res.body, /Beispielperson, erfunden/);
  assert.match(res.body, /Lea Mitarbeit \(Beispiel\)<\/strong>, Jugendhilfeplanung/, "a member who consented is listed");
  assert.match(res.body, /<h3 class="kern-title"/);
  assert.ok(Buffer.byteLength(res.body) < 40 * 1024, `${Buffer.byteLength(res.body)} bytes`);
});

test("Kreis Olpe's profile shows its tandem as the program's history has it today: not the planner who left on 31 March 2026", async () => {
  const page = (await get("/kommunen/05966-kreis-olpe")).body;
  assert.match(page, /Paul Wechsel<\/strong> – Planungsfachkraft \(seit 1\. April 2026\)/);
  assert.match(page, /Martin Schablone<\/strong> – Führungskraft/);
  assert.doesNotMatch(page, /Jana Testfeld/);
});

test("a profile lists the municipality's published practice reports that the reader may read", async () => {
  const anonymous = (await get("/kommunen/05314-bonn")).body;
  assert.match(anonymous, /Praxisbeispiele/);
  assert.match(anonymous, /Jugendforum gestaltet die Fortschreibung/);
  assert.doesNotMatch(anonymous, /Rückblick: Trägerwerkstätten/, "a report for the network is not for anonymous readers");
  const member = await site.app.inject({ url: "/kommunen/05314-bonn", headers: { cookie: await site.sessionFor("staff") } });
  assert.match(member.body, /Rückblick: Trägerwerkstätten/);
  const chemnitz = (await get("/kommunen/14511-chemnitz")).body;
  assert.doesNotMatch(chemnitz, /Zielwerten: erste Bilanz/, "a report only for its own municipality stays there");
  assert.doesNotMatch((await get("/kommunen/09162-muenchen")).body, /Praxisbeispiele/, "no section without reports");
});

test("each Fellow is the right authority: Herford the town, Rostock the Landkreis, Frankfurt am Main", async () => {
  const herford = await get("/kommunen/05758012-herford");
  assert.match(herford.body, /Kreisangehörige Stadt mit eigenem Jugendamt in Nordrhein-Westfalen/);
  assert.match(herford.body, /href="\/kommunen\/05758-kreis-herford"/);
  assert.doesNotMatch((await get("/kommunen/05758-kreis-herford")).body, /Fellow-Kommune/);
  assert.match((await get("/kommunen/05758-kreis-herford")).body, /href="\/kommunen\/05758012-herford"/);
  assert.match((await get("/kommunen/13072-landkreis-rostock")).body, /Fellow-Kommune/);
  assert.doesNotMatch((await get("/kommunen/13003-rostock")).body, /Fellow-Kommune/);
  assert.match((await get("/kommunen/06412-frankfurt-am-main")).body, /Fellow-Kommune/);
  assert.doesNotMatch((await get("/kommunen/12053-frankfurt-oder")).body, /Fellow-Kommune/);
});

test("a profile without data says so instead of leaving gaps", async () => {
  const res = await get("/kommunen/09162-muenchen");
  assert.match(res.body, /Zum Jugendamt liegen noch keine Angaben vor/);
  assert.match(res.body, /noch kein Vorhaben eingetragen/);
});

test("the AGS alone or an old name lead to the profile; an unknown AGS is a German 404", async () => {
  const byAgs = await get("/kommunen/05314");
  assert.equal(byAgs.statusCode, 301);
  assert.equal(byAgs.headers.location, "/kommunen/05314-bonn");
  const unknown = await get("/kommunen/99999-nirgendwo");
  assert.equal(unknown.statusCode, 404);
  assert.match(unknown.body, /Eine Kommune mit diesem Gemeindeschlüssel wurde nicht gefunden/);
  const garbage = await get("/kommunen/%3Cscript%3E");
  assert.equal(garbage.statusCode, 404);
});

test("the API returns the same data as JSON, with German errors", async () => {
  const list = await get("/api/v1/municipalities?fellow=ja&sortierung=einwohner-absteigend");
  assert.equal(list.statusCode, 200);
  assert.equal(list.json().total, 9);
  assert.equal(list.json().items[0].name, "Hamburg");
  const detail = (await get("/api/v1/municipalities/05966")).json();
  assert.equal(detail.name, "Kreis Olpe");
  assert.equal(detail.state, "Nordrhein-Westfalen");
  assert.ok(detail.changeProjects[0].milestones.length > 0);
  assert.equal((await get("/api/v1/municipalities/05314/change-projects")).json().length, 1);
  const missing = await get("/api/v1/municipalities/99999");
  assert.equal(missing.statusCode, 404);
  assert.equal(missing.json().error, "not_found");
  // A key that cannot be an AGS names no municipality: 404 like an unknown one, with a German message.
  const bad = await get("/api/v1/municipalities/abc");
  assert.equal(bad.statusCode, 404);
  assert.match(bad.json().message, /keine Seite/);
});

test("the OpenAPI description lists the endpoints and the docs page shows them", async () => {
  const spec = (await get("/api/openapi.json")).json();
  assert.equal(spec.openapi.slice(0, 2), "3.");
  assert.ok(spec.paths["/api/v1/municipalities/{ags}"]);
  assert.ok(!spec.paths["/anmelden"], "HTML pages are not part of the API");
  const docs = await get("/api/docs");
  assert.match(docs.body, /GET \/api\/v1\/municipalities\/\{ags\}/);
});
