import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq, inArray } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { users } from "../../../platform/auth/tables.ts";
import { findMunicipality, fellowIds } from "../../municipalities/index.ts";
import { cohortMunicipalityIds } from "../../program/index.ts";
import { tandemMembers } from "../../program/testing.ts";
import { callApplications, callReviews, callTandems, calls } from "../tables.ts";
import { seedCallsDemo } from "../seed.ts";
import { createCall } from "../testing.ts";
import { callAfterDeadline } from "./testing.ts";

let testApp: TestApp;
before(async () => {
  testApp = await startTestApp();
});
after(() => testApp.close());

const page = (callId: number) => `/team/ausschreibungen/${callId}/auswahl`;
const chosenIds = (html: string) => {
  const start = html.indexOf("Vorgeschlagene Gruppe");
  return [...html.slice(start, html.indexOf("</table>", start)).matchAll(/id="bewerbung-(\d+)"/g)].map((m) => Number(m[1]));
};

test("a member may not see the selection; before the deadline the team is told to wait", async () => {
  const call = await createCall(testApp.database.db);
  const member = await testApp.app.inject({ url: page(call.id), headers: { cookie: await testApp.sessionFor("leader") } });
  assert.equal(member.statusCode, 403);
  const team = await testApp.app.inject({ url: page(call.id), headers: { cookie: await testApp.sessionFor("editor") } });
  assert.equal(team.statusCode, 200);
  assert.match(team.body, /Die Bewerbungsfrist läuft noch/);
  const missing = await testApp.app.inject({ url: page(999999), headers: { cookie: await testApp.sessionFor("editor") } });
  assert.equal(missing.statusCode, 404);
});

test("the team includes Bonn in place of a proposed municipality, sends once, and Bonn's tandem is in the new program", async () => {
  const { db } = testApp.database;
  const bonn = (await findMunicipality(db, "05314"))!;
  const others = (await fellowIds(db)).filter((id) => id !== bonn.id).slice(0, 3);
  const { call, applicationIds } = await callAfterDeadline(db, [bonn.id, ...others], { places: 2, title: "Fellow-Programm 2027–2029 (Test)" });
  const [bonnApplication] = applicationIds;
  const bonnPeople = await db
    .select()
    .from(users)
    .where(inArray(users.email, ["leitung.bonn@k360.example", "planung.bonn@k360.example"]));
  for (const person of bonnPeople) {
    const role = person.email.startsWith("leitung") ? "leader" : "planningSpecialist";
    await db
      .update(callTandems)
      .set({ userId: person.id, email: person.email, name: person.name })
      .where(and(eq(callTandems.applicationId, bonnApplication), eq(callTandems.role, role)));
  }
  const [admin] = await db.select().from(users).where(eq(users.role, "admin")).limit(1);
  const scores = [0.2, 0.9, 0.8, 0.7].map((s) => Math.round(1 + s * 4));
  await db.insert(callReviews).values(
    applicationIds.map((applicationId, k) => ({
      applicationId,
      reviewerId: admin.id,
      scores: { vorhaben: scores[k], tandem: scores[k], verbindlichkeit: scores[k], transfer: scores[k] },
    })),
  );

  const cookie = await testApp.sessionFor("admin");
  const before = await testApp.app.inject({ url: page(call.id), headers: { cookie } });
  assert.equal(before.statusCode, 200);
  const proposed = chosenIds(before.body);
  assert.equal(proposed.length, 2);
  assert.ok(!proposed.includes(bonnApplication));

  const missing = await testApp.submit(page(call.id), `${page(call.id)}/${bonnApplication}`, { value: "include" }, cookie);
  assert.equal(missing.statusCode, 422);
  assert.match(missing.body, /welche Kommune den Platz abgibt/);
  const include = await testApp.submit(page(call.id), `${page(call.id)}/${bonnApplication}`, { value: "include", replaces: String(proposed[1]) }, cookie);
  assert.equal(include.statusCode, 303);
  const after = await testApp.app.inject({ url: page(call.id), headers: { cookie } });
  assert.deepEqual(chosenIds(after.body).sort(), [bonnApplication, proposed[0]].sort());

  const unconfirmed = await testApp.submit(page(call.id), `${page(call.id)}/versenden`, {}, cookie);
  assert.equal(unconfirmed.statusCode, 422);
  const sent = await testApp.submit(page(call.id), `${page(call.id)}/versenden`, { bestaetigt: "ja" }, cookie);
  assert.equal(sent.statusCode, 303);
  const again = await testApp.submit(page(call.id), `${page(call.id)}/versenden`, { bestaetigt: "ja" }, cookie);
  assert.equal(again.statusCode, 303);
  assert.match(again.headers.location as string, /stand=versandt/);

  const tandem = await db.select().from(callTandems).where(inArray(callTandems.applicationId, applicationIds));
  const mails = (await testApp.sentMails()).filter((mail) => tandem.some((member) => member.email === mail.to));
  assert.equal(mails.length, 8, "one mail to each of the two people of four tandems");
  assert.equal(mails.filter((mail) => mail.subject.startsWith("Zusage")).length, 4);
  const declined = applicationIds.findIndex((id) => id !== bonnApplication && id !== proposed[0]);
  assert.match(mails.find((mail) => mail.to === `planung-${call.id}-${declined}@example.org`)?.text ?? "", /Kommune gestaltet!/);

  const [decided] = await db.select().from(calls).where(eq(calls.id, call.id));
  assert.equal(decided.status, "decided");
  assert.ok(decided.programId);
  assert.deepEqual((await cohortMunicipalityIds(db, decided.programId!)).sort(), [bonn.id, [bonn.id, ...others][applicationIds.indexOf(proposed[0])]].sort());
  const seats = await db.select().from(tandemMembers).where(eq(tandemMembers.programId, decided.programId!));
  assert.deepEqual(seats.map((s) => s.userId).sort(), bonnPeople.map((p) => p.id).sort());

  const mine = await testApp.app.inject({ url: "/mein-programm", headers: { cookie: await testApp.sessionFor("leader") } });
  assert.equal(mine.statusCode, 200);
  assert.match(mine.body, /Fellow-Programm 2027–2029 \(Test\)/);
  assert.match(mine.body, /Verpflichtungen des Tandems Bonn/);
});

test("the demo call past its deadline shows forty reviewed applications, and seeding again adds nothing", async () => {
  const { db } = testApp.database;
  const [demo] = await db.select().from(calls).where(eq(calls.slug, "praxiswerkstatt-integrierte-planung-2027"));
  const count = async () => (await db.select().from(callApplications).where(eq(callApplications.callId, demo.id))).length;
  assert.equal(await count(), 40);
  await seedCallsDemo(db);
  assert.equal(await count(), 40);
  assert.equal((await db.select().from(calls).where(eq(calls.slug, "fellow-programm-2027-2029"))).length, 1);
  const selection = await testApp.app.inject({ url: page(demo.id), headers: { cookie: await testApp.sessionFor("editor") } });
  assert.equal(selection.statusCode, 200);
  assert.equal(chosenIds(selection.body).length, 9);
  assert.match(selection.body, /Höchste Bewertung im Pool/);
  assert.deepEqual(await htmlProblems(selection.body), []);
});
