// test-database: pglite (the SQL these pages use is covered on PostgreSQL by the analysis, values, maps and areas tests)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { addUser, findUserByEmail } from "../../../platform/auth/service.ts";
import { profileOf } from "../../municipalities/testing.ts";
import { planningEditors, planningIndicators } from "../tables.ts";

let site: TestApp;
let leader: string;
let bonnId: number;
let samId: number;
before(async () => {
  site = await startTestApp();
  leader = await site.sessionFor("leader");
  bonnId = (await profileOf(site.database, "05314")).id;
  await addUser(site.database.db, {
    email: "sam.bonn@k360.example",
    name: "Sam Sozialraum",
    role: "staff",
    municipalityId: bonnId,
    password: "sams-passwort-1",
  });
  samId = (await findUserByEmail(site.database.db, "sam.bonn@k360.example"))!.id;
});
after(() => site.close());

const page = "/kommunen/05314-bonn/planung/berechtigungen";
const catalogue = "/kommunen/05314-bonn/planung/indikatoren";
const editorsOfBonn = async () =>
  (await site.database.db.select().from(planningEditors).where(eq(planningEditors.municipalityId, bonnId))).map((row) => row.userId);
const indicator = (key: string) => ({
  key,
  name: "Eigener Wert",
  unit: "%",
  polarity: "more",
  definition: "",
  numerator: "",
  denominator: "",
  source: "",
  referenceDate: "",
  period: "Jahr",
  minCases: "3",
});

test("the leader allows a staff member to change planning data, and takes it back", async () => {
  const sam = await site.sessionForEmail("sam.bonn@k360.example");
  assert.equal((await site.app.inject({ url: catalogue, headers: { cookie: sam } })).statusCode, 200, "a member sees the data");
  assert.equal((await site.submit(catalogue, catalogue, indicator("vor_erlaubnis"), sam)).statusCode, 403);
  const shown = await site.app.inject({ url: page, headers: { cookie: leader } });
  assert.equal(shown.statusCode, 200);
  assert.match(shown.body, /Jonas Muster \(Planungsfachkraft\)/);
  assert.match(shown.body, /<label class="kern-label" for="editor-1">Sam Sozialraum<\/label>/);
  assert.deepEqual(await htmlProblems(shown.body), []);
  const saved = await site.submit(page, page, { editor: String(samId) }, leader);
  assert.equal(saved.statusCode, 303);
  assert.deepEqual(await editorsOfBonn(), [samId]);
  assert.match((await site.app.inject({ url: saved.headers.location as string, headers: { cookie: leader } })).body, /Die Berechtigungen sind gespeichert/);
  assert.equal((await site.submit(catalogue, catalogue, indicator("mit_erlaubnis"), sam)).statusCode, 303);
  assert.equal((await site.database.db.select().from(planningIndicators).where(eq(planningIndicators.key, "mit_erlaubnis"))).length, 1);
  assert.equal((await site.submit(page, page, {}, leader)).statusCode, 303);
  assert.deepEqual(await editorsOfBonn(), []);
  assert.equal((await site.submit(catalogue, catalogue, indicator("nach_entzug"), sam)).statusCode, 403);
});

test("a person of another municipality cannot be ticked; nothing is stored", async () => {
  const lea = (await findUserByEmail(site.database.db, "team.leipzig@k360.example"))!;
  const refused = await site.submit(page, page, { editor: [String(samId), String(lea.id)] }, leader);
  assert.equal(refused.statusCode, 422);
  assert.match(refused.body, /id="editor-error"[^>]*>.*nicht zu den Mitarbeitenden Ihrer Kommune/s);
  assert.deepEqual(await editorsOfBonn(), []);
});

test("a planning specialist, the team and visitors cannot manage who may edit", async () => {
  assert.equal((await site.app.inject({ url: page })).statusCode, 401);
  for (const role of ["planningSpecialist", "admin", "staff"] as const) {
    const cookie = await site.sessionFor(role);
    assert.equal((await site.app.inject({ url: page, headers: { cookie } })).statusCode, 403, role);
    assert.equal((await site.submit("/anmelden", page, { editor: String(samId) }, cookie)).statusCode, 403, role);
  }
  assert.deepEqual(await editorsOfBonn(), []);
});
