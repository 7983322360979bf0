import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { profileOf } from "../../municipalities/testing.ts";
import { createApplication, createCall } from "../testing.ts";
import { callApplications, callReviews, calls } from "../tables.ts";
import type { Call, CallApplication } from "../queries.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { scoresOfCall } from "./queries.ts";

let site: TestApp;
let admin: string;
let editor: string;
let call: Call;
let application: CallApplication;
let list: string;
let page: string;
before(async () => {
  site = await startTestApp();
  [admin, editor] = await Promise.all([site.sessionFor("admin"), site.sessionFor("editor")]);
  const { db } = site.database;
  const bonn = await profileOf(site.database, "05314");
  const olpe = await profileOf(site.database, "05966");
  call = await createCall(db);
  application = await createApplication(db, {
    callId: call.id,
    municipalityId: bonn.id,
    submitted: true,
    projectTitle: "Sozialräume gemeinsam planen",
    letterName: "Rückhalt.pdf",
    letter: Buffer.from("%PDF-1.4 Unterstützung"),
    leader: { name: "Miriam Beispiel", email: "leitung.bonn@k360.example" },
    planningSpecialist: { name: "Jonas Muster", email: "planung.bonn@k360.example" },
  });
  await createApplication(db, {
    callId: call.id,
    municipalityId: olpe.id,
    leader: { name: "Olga Entwurf", email: "olga@olpe.example" },
    planningSpecialist: { name: "Paul Entwurf", email: "paul@olpe.example" },
  });
  list = `/team/ausschreibungen/${call.id}/bewerbungen`;
  page = `${list}/${application.id}`;
});
after(() => site.close());

const get = async (url: string, cookie?: string) => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const scores = (vorhaben: string) => ({ "score-vorhaben": vorhaben, "score-tandem": "4", "score-verbindlichkeit": "5", "score-transfer": "2" });
const reviewRows = () => site.database.db.select().from(callReviews).where(eq(callReviews.applicationId, application.id));

test("only the team reads applications and letters; members and visitors see no scores", async () => {
  const leader = await site.sessionFor("leader");
  for (const url of [list, page, `${page}/unterstuetzungsschreiben`]) {
    assert.equal((await get(url)).statusCode, 401, url);
    assert.equal((await get(url, leader)).statusCode, 403, url);
  }
  const posted = await site.app.inject({ method: "POST", url: `${page}/bewertung`, headers: { cookie: leader }, payload: scores("5") });
  assert.equal(posted.statusCode, 403);
  const drafts = await site.database.db
    .select()
    .from(callApplications)
    .where(and(eq(callApplications.callId, call.id), eq(callApplications.status, "draft")));
  assert.equal((await get(`${list}/${drafts[0].id}`, admin)).statusCode, 404, "a draft is not shown, like an unknown id");
  assert.equal((await get(`/team/ausschreibungen/${call.id + 1000}/bewerbungen`, admin)).statusCode, 404);

  const listed = await get(list, editor);
  assert.equal(listed.statusCode, 200);
  assert.match(listed.body, /Sozialräume gemeinsam planen/);
  assert.match(listed.body, /Nordrhein-Westfalen/);
  assert.match(listed.body, /Eine weitere Bewerbung ist noch ein Entwurf/);
  assert.doesNotMatch(listed.body, /Kreis Olpe/);
  assert.match(listed.body, /braucht noch 2 Bewertungen/);

  const letter = await get(`${page}/unterstuetzungsschreiben`, editor);
  assert.equal(letter.statusCode, 200);
  assert.equal(letter.headers["content-type"], "application/pdf");
  assert.match(String(letter.headers["content-disposition"]), /^attachment; filename="R_ckhalt.pdf"; filename\*=UTF-8''R%C3%BCckhalt.pdf$/);
  assert.equal(letter.headers["cache-control"], "private, no-store");
  assert.equal(letter.body, "%PDF-1.4 Unterstützung");
});

test("scores outside the scale, missing or not numbers get a German message beside the criterion and store nothing", async () => {
  for (const [fields, message] of [
    [scores("0"), /id="score-vorhaben-error"[^>]*>.*ganze Zahl von 1 bis 5/s],
    [scores("6"), /id="score-vorhaben-error"[^>]*>.*ganze Zahl von 1 bis 5/s],
    [scores("viel"), /id="score-vorhaben-error"[^>]*>.*ganze Zahl von 1 bis 5/s],
    [{ ...scores("3"), "score-transfer": "" }, /id="score-transfer-error"[^>]*>.*Bitte vergeben Sie für „Nutzen für andere“/s],
  ] as const) {
    const response = await site.submit(page, `${page}/bewertung`, fields, editor);
    assert.equal(response.statusCode, 422);
    assert.match(response.body, message);
    assert.deepEqual(await htmlProblems(response.body), []);
  }
  assert.equal((await reviewRows()).length, 0);
});

test("admin and editor both review; each sees the other's scores and comment only after giving their own", async () => {
  const firstPage = await get(page, admin);
  assert.equal(firstPage.statusCode, 200);
  for (const shown of [
    "Miriam Beispiel",
    "Sozialräume gemeinsam planen",
    "Rückhalt.pdf herunterladen",
    "Nordrhein-Westfalen",
    "Profil von Bonn",
    "Fellow-Kommune im",
    "Ähnliche Kommunen",
  ]) {
    assert.ok(firstPage.body.includes(shown), shown);
  }
  const saved = await site.submit(page, `${page}/bewertung`, { ...scores("5"), comment: "Klares Vorhaben, starker Rückhalt." }, admin);
  assert.equal(saved.statusCode, 303);
  assert.match((await get(saved.headers.location as string, admin)).body, /Ihre Bewertung ist gespeichert/);

  const blind = (await get(page, editor)).body;
  assert.match(blind, /sobald Sie Ihre eigene gespeichert haben/);
  assert.doesNotMatch(blind, /Klares Vorhaben|Alex Admin/);
  assert.doesNotMatch((await get(list, editor)).body, /0,84/, "nor the mean in the list");
  assert.match((await get(`${list}?zeige=offen&sortierung=unbekannt`, editor)).body, /Sozialräume gemeinsam planen/);
  assert.match((await get(`${list}?zeige=offen`, admin)).body, /0 von 1 eingereichten Bewerbungen passen zur Auswahl/);

  assert.equal((await site.submit(page, `${page}/bewertung`, { ...scores("1"), comment: "Noch vage." }, editor)).statusCode, 303);
  const seen = (await get(page, editor)).body;
  assert.match(seen, /Alex Admin \(Beispiel\)/);
  assert.match(seen, /Klares Vorhaben, starker Rückhalt\./);
  assert.deepEqual(await htmlProblems(seen), []);
  assert.match((await get(page, admin)).body, /Noch vage\./);

  const changed = await site.submit(page, `${page}/bewertung`, { ...scores("3"), comment: "Nach Rücksprache besser." }, editor);
  assert.equal(changed.statusCode, 303);
  const rows = await reviewRows();
  assert.equal(rows.length, 2, "a second save updates the reviewer's row");
  assert.ok(rows.some((r) => r.scores.vorhaben === 3 && r.comment === "Nach Rücksprache besser."));

  // Admin: (3·1 + 2·0,75 + 2·1 + 1·0,25) / 8 = 0,84375; editor: (3·0,5 + 2·0,75 + 2·1 + 1·0,25) / 8 = 0,65625.
  assert.deepEqual((await scoresOfCall(site.database.db, call.id)).get(application.id), { mean: 0.75, count: 2 });
  const listed = (await get(list, editor)).body;
  assert.match(listed, /0,75/);
  assert.deepEqual(await htmlProblems(listed), []);
});

test("once the decisions are sent the reviews are read-only", async () => {
  await site.database.db.update(calls).set({ status: "decided" }).where(eq(calls.id, call.id));
  const before = await reviewRows();
  const refused = await site.submit(page, `${page}/bewertung`, scores("2"), admin);
  assert.equal(refused.statusCode, 409);
  assert.match(refused.body, /Die Entscheidungen sind versandt/);
  assert.deepEqual(await reviewRows(), before);
});
