// test-database: pglite (the SQL these pages use is covered on PostgreSQL by the analysis, values, maps and areas tests)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { startTestApp, type TestApp } from "../../testing.ts";
import { htmlProblems } from "../../platform/views/testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const page = "/kommunen/05314-bonn/planung";

test("a member finds the workbench from the account menu; the overview shows the current cut, its values and the sections", async () => {
  const specialist = await site.sessionFor("planningSpecialist");
  const home = await site.app.inject({ url: "/", headers: { cookie: specialist } });
  assert.match(home.body, /href="\/planung">Planung</);
  const go = await site.app.inject({ url: "/planung", headers: { cookie: specialist } });
  assert.equal(go.statusCode, 303);
  assert.equal(go.headers.location, page);
  const overview = await site.app.inject({ url: page, headers: { cookie: specialist } });
  assert.equal(overview.statusCode, 200);
  assert.match(overview.body, /Beispieldaten: fiktive Stadt Schlotterbrück/);
  assert.match(overview.body, /<dt>Planungsräume<\/dt><dd>25<\/dd>/);
  assert.match(overview.body, /<dt>Zeiträume mit Werten<\/dt><dd>2020, 2021, 2022, 2023, 2024<\/dd>/);
  assert.match(overview.body, /Kinder unter 15 Jahren im SGB-II-Bezug<\/a>: 2020, 2021, 2022, 2023, 2024/);
  assert.match(overview.body, /href="\/kommunen\/05314-bonn\/planung\/analyse">Erstellen Sie eine Sozialraumanalyse/);
  assert.doesNotMatch(overview.body, /berechtigungen/, "only the leader decides who may edit");
  const asLeader = await site.app.inject({ url: page, headers: { cookie: await site.sessionFor("leader") } });
  assert.match(asLeader.body, /href="\/kommunen\/05314-bonn\/planung\/berechtigungen"/);
  assert.deepEqual(await htmlProblems(asLeader.body), []);
});

test("a member of a municipality without areas is told to create them; Leipzig's staff only sees Leipzig's workbench", async () => {
  const staff = await site.sessionFor("staff");
  const go = await site.app.inject({ url: "/planung", headers: { cookie: staff } });
  assert.equal(go.statusCode, 303);
  const own = await site.app.inject({ url: go.headers.location as string, headers: { cookie: staff } });
  assert.equal(own.statusCode, 200);
  assert.match(own.body, /Für diese Kommune sind noch keine Planungsräume angelegt/);
  assert.match(own.body, /Sie können die Planungsdaten ansehen/, "staff without the leader's leave does not edit");
  assert.equal((await site.app.inject({ url: page, headers: { cookie: staff } })).statusCode, 403);
});

test("the team gets 403 and visitors are asked to sign in; the team has no Planung link", async () => {
  assert.equal((await site.app.inject({ url: "/planung" })).statusCode, 401);
  assert.equal((await site.app.inject({ url: page })).statusCode, 401);
  for (const role of ["admin", "editor"] as const) {
    const cookie = await site.sessionFor(role);
    assert.equal((await site.app.inject({ url: "/planung", headers: { cookie } })).statusCode, 403, role);
    assert.equal((await site.app.inject({ url: page, headers: { cookie } })).statusCode, 403, role);
    assert.doesNotMatch((await site.app.inject({ url: "/", headers: { cookie } })).body, /href="\/planung"/);
  }
});
