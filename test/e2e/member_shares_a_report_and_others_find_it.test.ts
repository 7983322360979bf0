// Bonn's leader writes a practice report for the network, the team publishes it, a member of another
// municipality finds it with other words in the problem finder; a visitor without an account sees
// neither the report nor a snippet of it. In a real Chromium, every page checked with axe.
import { test } from "node:test";
import assert from "node:assert/strict";
import { browserTestFile, assertNoForeignRequests, assertNoPageErrors, checkA11y, newPage, shown, signedIn } from "./browser.ts";

const { b: right } = browserTestFile();
const title = "Elterncafés in der Grundschule statt Elternabend im Rathaus";
const paraphrase = "Eltern in Armut kommen nicht zu unseren Beteiligungsformaten";
let reportUrl = "";

test("a leader writes a report; an empty form is answered with German messages first", async () => {
  const page = await signedIn(right, "leitung.bonn@k360.example");
  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Austausch" }).click();
  await shown(page.getByRole("heading", { level: 1, name: "Austausch zwischen Kommunen" }));
  await checkA11y(page, "Austausch");
  await page.getByRole("link", { name: "Praxisbeispiel schreiben" }).click();
  await shown(page.getByRole("heading", { level: 1, name: "Praxisbeispiel schreiben" }));
  await checkA11y(page, "Bericht schreiben");

  await page.getByRole("button", { name: "Zur Prüfung einreichen" }).click();
  await shown(page.getByText("Bitte korrigieren Sie Ihre Angaben"));
  await shown(page.getByText("Bitte geben Sie einen Titel mit mindestens 5 Zeichen ein."));
  await checkA11y(page, "Bericht mit Fehlern");

  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Das Problem").fill("Zu unseren Beteiligungsabenden kamen fast nur Eltern aus dem Elternbeirat. Familien in Armutslagen fehlten.");
  await page
    .getByLabel("Wie Sie vorgegangen sind")
    .fill("Wir haben die Abende aufgegeben und laden einmal im Monat zu einem Elterncafé in drei Grundschulen ein, gemeinsam mit der Schulsozialarbeit.");
  await page.getByLabel("Was funktioniert hat").fill("Im Elterncafé sprechen Eltern offen über ihren Alltag; viele kommen wieder.");
  await page
    .getByLabel("Was nicht funktioniert hat")
    .fill("Die schriftlichen Einladungen auf Deutsch erreichten kaum jemanden; erst die Ansprache durch Lehrkräfte half.");
  await page.getByRole("group", { name: "Themen" }).getByLabel("Beteiligung junger Menschen").check();
  await page.getByRole("group", { name: "Themen" }).getByLabel("Kinderarmut").check();
  await page.getByLabel("Wer darf den Bericht lesen?").selectOption({ label: "Netzwerk – Alle angemeldeten Mitglieder der Plattform." });
  await Promise.all([page.waitForURL(/\/austausch\/berichte\/\d+/), page.getByRole("button", { name: "Zur Prüfung einreichen" }).click()]);
  reportUrl = new URL(page.url()).pathname;
  await shown(page.getByText("Der Bericht ist eingereicht."));
  await shown(page.getByText("Stand: In Prüfung"));
  await checkA11y(page, "Bericht eingereicht");
  await page.context().close();
});

test("the team publishes the report from the review queue", async () => {
  const page = await signedIn(right, "admin@k360.example");
  await page.goto("/austausch/pruefung");
  await shown(page.getByRole("heading", { level: 1, name: "Berichte prüfen" }));
  await checkA11y(page, "Prüfung");
  await page.getByRole("link", { name: title }).click();
  await Promise.all([page.waitForURL(/stand=veroeffentlicht/), page.getByRole("button", { name: "Veröffentlichen" }).click()]);
  await shown(page.getByText("Der Bericht ist veröffentlicht."));
  await page.context().close();
});

test("a member of another municipality finds the report with other words, its passage marked", async () => {
  const page = await signedIn(right, "team.leipzig@k360.example");
  await page.goto("/austausch");
  await page.getByLabel("Beschreiben Sie Ihr Problem").fill(paraphrase);
  await Promise.all([page.waitForURL(/\/austausch\/suche\?/), page.getByRole("button", { name: "Im Problemfinder suchen" }).click()]);
  const hit = page.getByRole("article", { name: title });
  await shown(hit);
  assert.ok((await hit.locator("mark").count()) > 0, "the matching words are marked");
  await checkA11y(page, "Problemfinder mit Treffern");
  await hit.getByRole("link", { name: title }).click();
  await shown(page.getByRole("heading", { level: 1, name: title }));
  await shown(page.getByRole("heading", { name: "Was nicht funktioniert hat" }));
  await checkA11y(page, "Bericht");
  await page.context().close();
});

test("a visitor without an account sees neither the report nor a snippet of it", async () => {
  const page = await newPage(right);
  await page.goto(`/austausch/suche?q=${encodeURIComponent(paraphrase)}`);
  await shown(page.getByRole("heading", { level: 1, name: "Problemfinder" }));
  const main = await page.getByRole("main").innerText();
  assert.ok(!main.includes(title), "no title");
  for (const passage of ["aus dem Elternbeirat", "Einladungen auf Deutsch", "in drei Grundschulen"])
    assert.ok(!main.includes(passage), `no snippet: ${passage}`);
  await checkA11y(page, "Problemfinder als Gast");
  const direct = await page.goto(reportUrl);
  assert.equal(direct?.status(), 401);
  assert.ok(!(await page.getByRole("main").innerText()).includes(title));
  assertNoForeignRequests(right);
  assertNoPageErrors(right);
});
