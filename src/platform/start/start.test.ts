// "Mein K360" shows each role its own panels, and the header each role its own links.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Role } from "../auth/roles.ts";
import { demoPassword } from "../auth/demo-accounts.ts";
import { deliverPendingMails } from "../background.ts";
import { htmlProblems } from "../views/testing.ts";
import { readOutbox, startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, " ");
const page = async (role: Role, url = "/mein-k360") => site.app.inject({ url, headers: { cookie: await site.sessionFor(role) } });
/** The headings of the panels (h2 in the main part). */
const headings = (html: string) => [...html.split('id="inhalt"')[1].matchAll(/<h2 class="kern-title"[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
/** The link texts of the header's account links. */
const accountLinks = (html: string) =>
  [
    ...html
      .split('class="k360-user"')[1]
      .split("</form>")[0]
      .matchAll(/<a class="kern-link"[^>]*>([^<]+)<\/a>/g),
  ].map((m) => m[1]);

test("after logging in with a password or a link, a person lands on Mein K360", async () => {
  const res = await site.submit("/anmelden", "/anmelden", { email: "leitung.bonn@k360.example", password: demoPassword });
  assert.equal(res.headers.location, "/mein-k360");
  await site.submit("/anmelden", "/anmelden/link", { email: "planung.bonn@k360.example" });
  await deliverPendingMails(site.app);
  const mail = (await readOutbox(site.outboxDir)).find((m) => m.to === "planung.bonn@k360.example")!;
  const link = /http:\/\/[^/]+(\/anmelden\/link\/[A-Za-z0-9_-]+)/.exec(mail.text)![1];
  assert.equal((await site.submit(link, link, {})).headers.location, "/mein-k360");
  const anonymous = await site.app.inject({ url: "/mein-k360" });
  assert.equal(anonymous.statusCode, 401);
});

test("a tandem member sees obligations with their deadline, the next dates with a register button, own reports, reports on the municipality's topics and peers", async () => {
  const res = await page("leader");
  assert.equal(res.statusCode, 200);
  assert.deepEqual(headings(res.body), [
    "Ihre Pflichten im Fellow-Programm",
    "Vereinbarte nächste Schritte",
    "Nächste Termine",
    "Ihre Praxisbeispiele in der Prüfung",
    "Neue Praxisbeispiele zu Ihren Themen",
    "Kommunen, die Ähnliches bewegt",
  ]);
  const shown = text(res.body);
  assert.match(shown, /Kommunal-Workshop \(Tandem\) – 0 von 1 besucht, noch kein Termin geplant – offen, Frist: Programmende am 31\. Oktober 2027/);
  assert.match(res.body, /<form class="k360-inline-form" method="post" action="\/termine\/\d+\/anmelden">/);
  assert.match(shown, /Profil von Bonn/);
  assert.match(shown, /Beispiel: Entwurf der Ziele mit der Amtsleitung abstimmen – fällig am 29\. Januar 2027/, "the leader's agreed next step");
  assert.doesNotMatch(shown, /Daten für den Jugendhilfeausschuss/, "the team's step is not the tandem's");
});

test("a municipality member outside a tandem sees no obligations", async () => {
  const res = await page("staff");
  assert.deepEqual(headings(res.body), [
    "Vereinbarte nächste Schritte",
    "Nächste Termine",
    "Ihre Praxisbeispiele in der Prüfung",
    "Neue Praxisbeispiele zu Ihren Themen",
    "Kommunen, die Ähnliches bewegt",
  ]);
});

test("the team sees what waits for it: reports to review, comments, excuses, proposals, bounces", async () => {
  const res = await page("admin");
  assert.deepEqual(
    headings(res.body).map((h) => h.replace(/^\d+ /, "N ")),
    [
      "Vereinbarte nächste Schritte",
      "N Praxisbeispiele warten auf die Prüfung",
      "N Kommentar wartet auf die Freigabe",
      "N Zugangsanfrage wartet",
      "Entschuldigungen der letzten 30 Tage",
      "N offene Themenvorschläge",
      "Unzustellbare Newsletter-Adressen (letzte 90 Tage)",
    ],
  );
});

test("an editor sees drafts, scheduled articles and the comment queue, nothing of the program", async () => {
  const res = await page("editor");
  assert.deepEqual(
    headings(res.body).map((h) => h.replace(/^\d+ /, "N ")),
    ["N Entwurf", "Geplante Beiträge", "N Kommentar wartet auf die Freigabe"],
  );
  assert.match(text(res.body), /Vorschau: Das Programm für den nächsten Fellow-Tag – erscheint am/);
});

test("the header shows each role its own links: the editor the Redaktion menu with the comment count, not the program's", async () => {
  const links = async (role: Role) => accountLinks((await page(role, "/")).body);
  assert.deepEqual(await links("editor"), [
    "Mein K360",
    "Ausschreibungen",
    "Benachrichtigungen",
    "Magazin",
    "Kommentare (1)",
    "Newsletter",
    "Podcast",
    "Change-Guide",
  ]);
  assert.deepEqual(await links("admin"), [
    "Mein K360",
    "Programmsteuerung",
    "Ausschreibungen",
    "Zugangsanfragen",
    "Benachrichtigungen",
    "Postausgang",
    "Magazin",
    "Kommentare (1)",
    "Newsletter",
    "Podcast",
    "Change-Guide",
  ]);
  assert.deepEqual(await links("leader"), ["Mein K360", "Mein Programm", "Planung", "Mitglieder meiner Kommune", "Benachrichtigungen"]);
  assert.match((await page("editor", "/")).body, /<details class="k360-menu"><summary class="kern-link">Redaktion<\/summary>/);
});

test("Mein K360 and the notification settings, also with an error, are valid accessible HTML for every role", async () => {
  for (const role of ["admin", "editor", "leader", "staff"] as const) {
    assert.deepEqual(await htmlProblems((await page(role)).body), [], `Mein K360 (${role})`);
    assert.deepEqual(await htmlProblems((await page(role, "/konto/benachrichtigungen")).body), [], `Benachrichtigungen (${role})`);
  }
  const refused = await site.submit(
    "/konto/benachrichtigungen",
    "/konto/benachrichtigungen",
    { "bericht-entschieden": "nie" },
    await site.sessionFor("leader"),
  );
  assert.equal(refused.statusCode, 422);
  assert.deepEqual(await htmlProblems(refused.body), []);
});
