import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";
import { users } from "../../../platform/auth/tables.ts";
import { profileOf } from "../../municipalities/testing.ts";
import { accessRequests } from "../tables.ts";

let site: TestApp;
let admin: string;
let olpe: { id: number; slug: string };
before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
  olpe = await profileOf(site.database, "05966");
});
after(() => site.close());

const list = "/admin/zugangsanfragen";
const mailsTo = async (to: string) => {
  await site.deliverMail();
  return (await readOutbox(site.outboxDir)).filter((m) => m.to === to);
};
const request = (name: string, email: string) =>
  site.submit("/zugang-beantragen", "/zugang-beantragen", { name, email, role: "leader", municipality: String(olpe.id), note: "Ich leite das Jugendamt." });
const requestOf = async (email: string) => (await site.database.db.select().from(accessRequests).where(eq(accessRequests.email, email)))[0];

test("only the admin sees the list of open requests", async () => {
  assert.equal((await site.app.inject({ url: list })).statusCode, 401);
  for (const role of ["editor", "leader", "planningSpecialist", "staff"] as const) {
    assert.equal((await site.app.inject({ url: list, headers: { cookie: await site.sessionFor(role) } })).statusCode, 403, role);
  }
  assert.equal((await site.app.inject({ url: list, headers: { cookie: admin } })).statusCode, 200);
});

test("a request from another address waits for the team, who declines it with a reason the person gets by mail", async () => {
  const email = "kai.privat@mailbox.example";
  assert.equal((await request("Kai Privat", email)).statusCode, 303);
  assert.match((await mailsTo(email))[0].text, /Das Team der Initiative prüft sie/);
  assert.equal((await requestOf(email)).status, "open");

  const page = await site.app.inject({ url: list, headers: { cookie: admin } });
  for (const shown of ["Kai Privat", email, "Kreis Olpe", "Führungskraft", "Ich leite das Jugendamt."]) assert.ok(page.body.includes(shown), shown);
  const start = (await site.app.inject({ url: "/mein-k360", headers: { cookie: admin } })).body;
  assert.match(start, /Zugangsanfragen? warte/);
  assert.ok(start.includes("Kai Privat") && start.includes("Kreis Olpe, Führungskraft"), "Mein K360 names the waiting request");
  assert.doesNotMatch((await site.app.inject({ url: "/mein-k360", headers: { cookie: await site.sessionFor("editor") } })).body, /Kai Privat/);
  const id = (await requestOf(email)).id;
  const decline = `${list}/${id}/ablehnen`;
  const empty = await site.submit(list, decline, { reason: "" }, admin);
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, new RegExp(`id="reason-${id}-error"[^>]*>.*Bitte nennen Sie einen Grund`, "s"));
  assert.equal((await requestOf(email)).status, "open");

  const declined = await site.submit(list, decline, { reason: "Bitte beantragen Sie den Zugang mit Ihrer dienstlichen Adresse." }, admin);
  assert.equal(declined.statusCode, 303);
  assert.match((await site.app.inject({ url: declined.headers.location as string, headers: { cookie: admin } })).body, /Die Anfrage ist abgelehnt/);
  assert.equal((await requestOf(email)).status, "declined");
  const [, mail] = await mailsTo(email);
  assert.match(mail.text, /leider abgelehnt/);
  assert.match(mail.text, /mit Ihrer dienstlichen Adresse/);
  const again = await site.submit(list, `${list}/${id}/freigeben`, {}, admin);
  assert.equal(again.statusCode, 409, "a decided request is not decided again");
  assert.equal((await site.database.db.select().from(users).where(eq(users.email, email))).length, 0);
});

test("the team approves a request: the person sets up the account by the mailed link and belongs to the municipality", async () => {
  const email = "lena.leitung@mailbox.example";
  await request("Lena Leitung", email);
  const id = (await requestOf(email)).id;
  const byLeader = await site.submit("/anmelden", `${list}/${id}/freigeben`, {}, await site.sessionFor("leader"));
  assert.equal(byLeader.statusCode, 403, "a leader cannot approve");
  assert.equal((await requestOf(email)).status, "open");
  assert.equal((await site.submit(list, `${list}/${id}/freigeben`, {}, admin)).statusCode, 303);
  assert.equal((await requestOf(email)).status, "approved");
  const mail = (await mailsTo(email)).at(-1)!;
  assert.match(mail.subject, /freigegeben/);
  assert.match(mail.text, /7 Tage gültig/);
  const setup = new URL(/https?:\/\/\S+\/konto-einrichten\/\S+/.exec(mail.text)![0]).pathname;
  const done = await site.submit(setup, setup, { password: "lenas-passwort", confirm: "lenas-passwort" });
  assert.equal(done.statusCode, 303);
  const [account] = await site.database.db.select().from(users).where(eq(users.email, email));
  assert.equal(account.municipalityId, olpe.id);
  assert.equal(account.role, "leader");
  assert.notEqual(account.passwordHash, null);
  assert.doesNotMatch((await site.app.inject({ url: list, headers: { cookie: admin } })).body, /Lena Leitung/, "a decided request leaves the list");
});

test("an unknown request answers 404", async () => {
  assert.equal((await site.submit(list, `${list}/999999/freigeben`, {}, admin)).statusCode, 404);
});
