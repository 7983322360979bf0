import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readdir } from "node:fs/promises";
import { demoPassword } from "./demo-accounts.ts";
import { safeNext } from "./routes.ts";
import { deliverPendingMails } from "../background.ts";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const sessionCookie = (res: { cookies: { name: string; value: string; httpOnly?: boolean }[] }) => res.cookies.find((c) => c.name === "k360_sitzung");

const lastMail = async () => (await site.sentMails()).at(-1)!;

test("logging in with the right password starts a session; the page then names the user", async () => {
  const res = await site.submit("/anmelden", "/anmelden", { email: "Leitung.Bonn@k360.example", password: demoPassword, weiter: "/kommunen/05314-bonn" });
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, "/kommunen/05314-bonn");
  const cookie = sessionCookie(res)!;
  assert.ok(cookie.httpOnly);
  const page = await site.app.inject({ url: "/", headers: { cookie: `k360_sitzung=${cookie.value}` } });
  assert.match(page.body, /Angemeldet als Miriam Beispiel \(Führungskraft\)/);
  assert.equal(page.headers["cache-control"], "private, no-store");
});

test("after logging in, a path with characters outside ASCII is followed percent-encoded; one that cannot be encoded leads to Mein K360", async () => {
  const login = (weiter: string) => site.submit("/anmelden", "/anmelden", { email: "leitung.bonn@k360.example", password: demoPassword, weiter });
  const german = await login("/kommunen/suche?q=Jugendhilfeplanung für Ältere ✓");
  assert.equal(german.statusCode, 303);
  assert.equal(german.headers.location, "/kommunen/suche?q=Jugendhilfeplanung%20f%C3%BCr%20%C3%84ltere%20%E2%9C%93");
  assert.equal((await login("//andere-seite.example/")).headers.location, "/mein-k360");
  assert.equal((await login("/\\andere-seite.example/")).headers.location, "/mein-k360");
  // A lone surrogate (no form sends one, a crafted link could) cannot be encoded.
  assert.equal(safeNext("/kommunen/\ud800"), "/mein-k360");
});

test("a wrong password gets a German message and no session", async () => {
  const res = await site.submit("/anmelden", "/anmelden", { email: "leitung.bonn@k360.example", password: "falsch" });
  assert.equal(res.statusCode, 401);
  assert.match(res.body, /E-Mail-Adresse oder Passwort stimmen nicht/);
  assert.equal(sessionCookie(res), undefined);
});

test("an invalid e-mail address gets a message next to the field", async () => {
  const res = await site.submit("/anmelden", "/anmelden", { email: "kein-at-zeichen", password: "x" });
  assert.equal(res.statusCode, 400);
  assert.match(res.body, /id="email-error"[^>]*>.*gültige E-Mail-Adresse/s);
});

test("a form posted without its CSRF token is refused", async () => {
  const res = await site.app.inject({ method: "POST", url: "/anmelden", payload: { email: "admin@k360.example", password: demoPassword } });
  assert.equal(res.statusCode, 403);
  assert.match(res.body, /Formular ist abgelaufen/);
});

test("login by e-mail link: the link confirms with a button and works once", async () => {
  const res = await site.submit("/anmelden", "/anmelden/link", { email: "planung.bonn@k360.example" });
  assert.equal(res.statusCode, 303);
  const mail = await lastMail();
  assert.equal(mail.to, "planung.bonn@k360.example");
  const link = /http:\/\/[^/]+(\/anmelden\/link\/[A-Za-z0-9_-]+)/.exec(mail.text)![1];
  const confirm = await site.app.inject({ url: link });
  assert.equal(confirm.statusCode, 200);
  assert.match(confirm.body, /Jetzt anmelden/);
  const used = await site.submit(link, link, {});
  assert.equal(used.statusCode, 303);
  assert.ok(sessionCookie(used));
  const again = await site.app.inject({ url: link });
  assert.equal(again.statusCode, 410);
  assert.match(again.body, /Dieser Link gilt nicht mehr/);
});

test("the admin reads the login mail in the Postausgang; nobody else can", async () => {
  await site.submit("/anmelden", "/anmelden/link", { email: "redaktion@k360.example" });
  await deliverPendingMails(site.app);
  const admin = await site.sessionFor("admin");
  const list = await site.app.inject({ url: "/admin/postausgang", headers: { cookie: admin } });
  assert.match(list.body, /redaktion@k360\.example/);
  const href = /href="(\/admin\/postausgang\/[^"]+)"/.exec(list.body)![1];
  const mail = await site.app.inject({ url: href, headers: { cookie: admin } });
  assert.match(mail.body, /Ihr Anmeldelink für K360/);
  assert.match(mail.body, /\/anmelden\/link\//);
  const editor = await site.app.inject({ url: href, headers: { cookie: await site.sessionFor("editor") } });
  assert.equal(editor.statusCode, 403);
});

test("asking for a link with an unknown address reveals nothing and sends nothing", async () => {
  const before = (await readdir(site.outboxDir)).length;
  const res = await site.submit("/anmelden", "/anmelden/link", { email: "niemand@example.org" });
  assert.equal(res.statusCode, 303);
  await deliverPendingMails(site.app);
  assert.equal((await readdir(site.outboxDir)).length, before);
});

test("password reset: the mailed link sets a new password that then works, the old one no longer", async () => {
  await site.submit("/passwort-vergessen", "/passwort-vergessen", { email: "team.leipzig@k360.example" });
  const link = /http:\/\/[^/]+(\/passwort-neu\/[A-Za-z0-9_-]+)/.exec((await lastMail()).text)![1];
  const mismatch = await site.submit(link, link, { password: "ein-neues-passwort", confirm: "anders" });
  assert.equal(mismatch.statusCode, 400);
  assert.match(mismatch.body, /stimmen nicht überein/);
  const short = await site.submit(link, link, { password: "kurz", confirm: "kurz" });
  assert.match(short.body, /mindestens 10 Zeichen/);
  const ok = await site.submit(link, link, { password: "ein-neues-passwort", confirm: "ein-neues-passwort" });
  assert.equal(ok.statusCode, 303);
  const old = await site.submit("/anmelden", "/anmelden", { email: "team.leipzig@k360.example", password: demoPassword });
  assert.equal(old.statusCode, 401);
  const fresh = await site.submit("/anmelden", "/anmelden", { email: "team.leipzig@k360.example", password: "ein-neues-passwort" });
  assert.equal(fresh.statusCode, 303);
});

test("logout ends the session on the server", async () => {
  const cookie = await site.sessionFor("editor");
  const res = await site.submit("/", "/abmelden", {}, cookie);
  assert.equal(res.statusCode, 303);
  const page = await site.app.inject({ url: "/", headers: { cookie } });
  assert.doesNotMatch(page.body, /Angemeldet als/);
});

test("after login only paths on this site are followed", () => {
  assert.equal(safeNext("/kommunen?land=05"), "/kommunen?land=05");
  assert.equal(safeNext("//evil.example/"), "/mein-k360");
  assert.equal(safeNext("https://evil.example/"), "/mein-k360");
  assert.equal(safeNext("/\\evil.example"), "/mein-k360");
});

test("login attempts are rate limited per address with a German message", async () => {
  let last = 0;
  let body = "";
  for (let attempt = 0; attempt < 12; attempt++) {
    const res = await site.submit("/anmelden", "/anmelden", { email: "admin@k360.example", password: "falsch" });
    last = res.statusCode;
    body = res.body;
  }
  assert.equal(last, 429);
  assert.match(body, /Zu viele Versuche/);
});

test("a link cut short by a mail program gets the page for an unknown link (410), not a 404", async () => {
  for (const url of ["/anmelden/link/abc", "/passwort-neu/abc", "/anmelden/link/1e0"]) {
    const res = await site.app.inject({ url });
    assert.equal(res.statusCode, 410, url);
    assert.match(res.body, /Link/, url);
  }
  const posted = await site.submit("/anmelden", "/anmelden/link/abc", {});
  assert.equal(posted.statusCode, 410);
});

test("a password reset ends every other open login or reset link of that account", async () => {
  const linkIn = (pattern: RegExp) => async () => pattern.exec((await lastMail()).text)![1];
  await site.submit("/anmelden", "/anmelden/link", { email: "redaktion@k360.example" });
  const login = await linkIn(/http:\/\/[^/]+(\/anmelden\/link\/[A-Za-z0-9_-]+)/)();
  await site.submit("/passwort-vergessen", "/passwort-vergessen", { email: "redaktion@k360.example" });
  const olderReset = await linkIn(/http:\/\/[^/]+(\/passwort-neu\/[A-Za-z0-9_-]+)/)();
  await site.submit("/passwort-vergessen", "/passwort-vergessen", { email: "redaktion@k360.example" });
  const reset = await linkIn(/http:\/\/[^/]+(\/passwort-neu\/[A-Za-z0-9_-]+)/)();
  assert.equal((await site.app.inject({ url: login })).statusCode, 200, "the login link works before the reset");
  const done = await site.submit(reset, reset, { password: "noch-ein-neues-passwort", confirm: "noch-ein-neues-passwort" });
  assert.equal(done.statusCode, 303);
  for (const link of [login, olderReset]) {
    const res = await site.app.inject({ url: link });
    assert.equal(res.statusCode, 410, link);
    assert.match(res.body, /Dieser Link gilt nicht mehr/);
  }
});
