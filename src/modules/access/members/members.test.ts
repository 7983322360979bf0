import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";
import { users } from "../../../platform/auth/tables.ts";
import { addUser } from "../../../platform/auth/service.ts";
import { profileOf } from "../../municipalities/testing.ts";

let site: TestApp;
let leader: string;
let bonnId: number;
before(async () => {
  site = await startTestApp();
  leader = await site.sessionFor("leader");
  bonnId = (await profileOf(site.database, "05314")).id;
});
after(() => site.close());

const page = "/kommunen/05314-bonn/mitglieder";
const accountOf = async (email: string) => (await site.database.db.select().from(users).where(eq(users.email, email)))[0];
const mailsTo = async (to: string) => {
  await site.deliverMail();
  return (await readOutbox(site.outboxDir)).filter((m) => m.to === to);
};

test("the leader finds the members of their municipality from the account menu", async () => {
  const home = await site.app.inject({ url: "/", headers: { cookie: leader } });
  assert.match(home.body, /href="\/mitglieder">Mitglieder meiner Kommune/);
  const go = await site.app.inject({ url: "/mitglieder", headers: { cookie: leader } });
  assert.equal(go.statusCode, 303);
  assert.equal(go.headers.location, page);
  const list = await site.app.inject({ url: page, headers: { cookie: leader } });
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Miriam Beispiel \(Sie\)/);
  assert.match(list.body, /Jonas Muster/);
  assert.match(list.body, /planung\.bonn@k360\.example/);
  assert.doesNotMatch(list.body, /Miriam Beispiel entfernen/, "the leader cannot remove themselves");
});

test("a planning specialist, a leader of another municipality and anonymous visitors do not see or change the members", async () => {
  const jonas = (await accountOf("planung.bonn@k360.example"))!;
  const { id: leipzigId, slug: leipzig } = await profileOf(site.database, "14713");
  await addUser(site.database.db, { email: "leitung.leipzig.test@k360.example", name: "Lara Leipzig", role: "leader", municipalityId: leipzigId });
  const otherLeader = await site.sessionForEmail("leitung.leipzig.test@k360.example");
  assert.equal((await site.app.inject({ url: page })).statusCode, 401);
  assert.equal((await site.app.inject({ url: page, headers: { cookie: await site.sessionFor("planningSpecialist") } })).statusCode, 403);
  assert.equal((await site.app.inject({ url: page, headers: { cookie: otherLeader } })).statusCode, 403);
  const remove = await site.submit("/anmelden", `${page}/${jonas.id}/entfernen`, {}, otherLeader);
  assert.equal(remove.statusCode, 403);
  // Through their own municipality's address, a member of another one is not found.
  const viaLeipzig = await site.submit("/anmelden", `/kommunen/${leipzig}/mitglieder/${jonas.id}/rolle`, { role: "staff" }, otherLeader);
  assert.equal(viaLeipzig.statusCode, 404);
  assert.equal((await site.app.inject({ url: `/kommunen/${leipzig}/mitglieder`, headers: { cookie: otherLeader } })).statusCode, 200);
  assert.equal((await accountOf("planung.bonn@k360.example"))!.municipalityId, bonnId);
  assert.equal((await accountOf("planung.bonn@k360.example"))!.role, "planningSpecialist");
});

test("the leader invites a person, who sets up the account by the link (7 days) and belongs to the municipality", async () => {
  const bad = await site.submit(page, `${page}/einladen`, { name: "", email: "kein-at", role: "staff" }, leader);
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /id="name-error"[^>]*>.*Bitte geben Sie den Namen der Person ein/s);
  const email = "neu.bonn@bonn.example";
  const sent = await site.submit(page, `${page}/einladen`, { name: "Nele Neu", email, role: "staff" }, leader);
  assert.equal(sent.statusCode, 303);
  const listed = await site.app.inject({ url: sent.headers.location as string, headers: { cookie: leader } });
  assert.match(listed.body, /Die Einladung ist verschickt/);
  assert.match(listed.body, /Nele Neu/);
  assert.match(listed.body, /Eingeladen, Konto noch nicht eingerichtet/);
  const [mail] = await mailsTo(email);
  assert.match(mail.text, /Miriam Beispiel lädt Sie ein/);
  assert.match(mail.text, /7 Tage gültig/);
  const setup = new URL(/https?:\/\/\S+\/konto-einrichten\/\S+/.exec(mail.text)![0]).pathname;
  assert.equal((await site.submit(setup, setup, { password: "neles-passwort", confirm: "neles-passwort" })).statusCode, 303);
  const account = (await accountOf(email))!;
  assert.equal(account.municipalityId, bonnId);
  assert.equal(account.role, "staff");
});

test("inviting an address that has an account changes nothing and tells only its owner", async () => {
  const sent = await site.submit(page, `${page}/einladen`, { name: "Lea", email: "team.leipzig@k360.example", role: "leader" }, leader);
  assert.equal(sent.statusCode, 303);
  assert.match((await mailsTo("team.leipzig@k360.example")).at(-1)!.subject, /bereits ein Konto/);
  const lea = (await accountOf("team.leipzig@k360.example"))!;
  assert.notEqual(lea.municipalityId, bonnId);
  assert.equal(lea.role, "staff");
});

test("the leader changes a member's role and removes a member, whose sessions end; the admin can too", async () => {
  const { id } = await addUser(site.database.db, { email: "wechsel.bonn@k360.example", name: "Willi Wechsel", role: "staff", municipalityId: bonnId });
  const willi = await site.sessionForEmail("wechsel.bonn@k360.example");
  const changed = await site.submit(page, `${page}/${id}/rolle`, { role: "planningSpecialist" }, leader);
  assert.equal(changed.statusCode, 303);
  assert.equal((await accountOf("wechsel.bonn@k360.example"))!.role, "planningSpecialist");
  const self = (await accountOf("leitung.bonn@k360.example"))!;
  assert.equal((await site.submit(page, `${page}/${self.id}/rolle`, { role: "staff" }, leader)).statusCode, 403, "not their own role");
  assert.equal((await site.submit(page, `${page}/${self.id}/entfernen`, {}, leader)).statusCode, 403, "not themselves");

  const removed = await site.submit(page, `${page}/${id}/entfernen`, {}, leader);
  assert.equal(removed.statusCode, 303);
  assert.equal((await accountOf("wechsel.bonn@k360.example"))!.municipalityId, null);
  assert.doesNotMatch((await site.app.inject({ url: "/", headers: { cookie: willi } })).body, /Angemeldet als/, "the removed member's session ended");
  assert.doesNotMatch((await site.app.inject({ url: page, headers: { cookie: leader } })).body, /Willi Wechsel/);

  const admin = await site.sessionFor("admin");
  const jonas = (await accountOf("planung.bonn@k360.example"))!;
  assert.equal((await site.submit(page, `${page}/${jonas.id}/rolle`, { role: "leader" }, admin)).statusCode, 303);
  assert.equal((await accountOf("planung.bonn@k360.example"))!.role, "leader");
});
