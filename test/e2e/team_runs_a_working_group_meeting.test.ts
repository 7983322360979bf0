// The team creates an AG-Treffen for today, a tandem member from Hamburg registers, the team marks
// attendance, and the tandem's obligation view counts the meeting. In a real Chromium; every page
// passes axe (WCAG 2.1 AA); no page talks to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserTestFile, checkA11y, shown, signedIn } from "./browser.ts";

const { b: right } = browserTestFile();

const admin = "admin@k360.example";
const hamburg = "leitung.hamburg@k360.example";
const title = "AG-Treffen: Sondertermin Fachkräftegewinnung";
// Today's date as the platform counts it (src/modules/program/dates.ts, todayInGermany).
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date());
const todayLong = new Intl.DateTimeFormat("de-DE", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Berlin" }).format(
  new Date(),
);

/** "Mein Programm" of the signed-in tandem member: the "Stand" cell of the AG-Treffen obligation. */
async function agTreffenProgress(page: Page, label: string): Promise<{ attended: number; required: number; text: string }> {
  await page.getByRole("banner").getByRole("link", { name: "Mein Programm", exact: true }).click();
  await page.waitForURL("**/mein-programm");
  await shown(page.getByRole("heading", { level: 1, name: "Mein Programm" }));
  await checkA11y(page, label);
  const table = page.getByRole("table", { name: "Verpflichtungen des Tandems Hamburg" });
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "K360 AG-Treffen" }) });
  assert.equal(await row.count(), 1, "one AG-Treffen row");
  const text = (await row.getByRole("cell").nth(1).innerText()).trim();
  const match = /^(\d+) von (\d+) besucht/.exec(text);
  assert.ok(match, `Stand der AG-Treffen unlesbar: ${text}`);
  return { attended: Number(match[1]), required: Number(match[2]), text };
}

/** The team's page of the new event, reached from the Programmsteuerung overview. */
async function openTeamEvent(page: Page) {
  await page.getByRole("link", { name: "Programmsteuerung", exact: true }).click();
  await page.waitForURL("**/programm");
  await shown(page.getByRole("heading", { level: 1, name: "Programmsteuerung" }));
  await checkA11y(page, "Programmsteuerung");
  await page.getByRole("main").getByRole("link", { name: title, exact: true }).click();
  await page.waitForURL(/\/programm\/termine\/\d+$/);
  await shown(page.getByRole("heading", { level: 1, name: title }));
}

let eventPath = "";

test("a team member creates an AG-Treffen for today in the Programmsteuerung", async () => {
  const page = await signedIn(right, admin);
  await page.getByRole("link", { name: "Programmsteuerung", exact: true }).click();
  await page.waitForURL("**/programm");
  await checkA11y(page, "Programmsteuerung");
  await page.getByRole("main").getByRole("link", { name: "Termin anlegen" }).click();
  await page.waitForURL("**/programm/termine/neu");
  await shown(page.getByRole("heading", { level: 1, name: "Termin anlegen" }));
  await checkA11y(page, "Termin anlegen");

  await page.getByLabel("Titel").fill(title);
  await page.getByLabel("Format").selectOption({ label: "K360 AG-Treffen" });
  await page.getByLabel("Tag 1", { exact: true }).fill(today);
  await page.getByLabel("Beginn Tag 1").fill("10:00");
  await page.getByLabel("Ende Tag 1").fill("12:30");
  await page.getByLabel("Ort").fill("Berlin");
  await page.getByLabel("Plätze").fill("20");
  await page.getByLabel("Für wen").selectOption({ label: "Fellow-Kommunen (Tandems)" });
  await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), page.getByRole("button", { name: "Speichern" }).click()]);
  await page.waitForLoadState();
  // On a public holiday the form warns before it saves; the team saves anyway.
  const despite = page.getByLabel("Trotzdem speichern");
  if (await despite.count()) {
    await checkA11y(page, "Feiertag");
    await despite.check();
    await page.getByRole("button", { name: "Speichern" }).click();
  }
  await page.waitForURL(/\/programm\/termine\/\d+\?stand=angelegt$/);
  eventPath = new URL(page.url()).pathname;
  await shown(page.getByRole("status").getByText("Der Termin ist angelegt."));
  await shown(page.getByRole("heading", { level: 1, name: title }));
  await shown(page.getByRole("main").getByText(`${todayLong}, 10:00–12:30 Uhr`));
  await shown(page.getByText("Noch niemand hat einen festen Platz."));
  await checkA11y(page, "Termin angelegt");
  await page.context().close();
});

test("a tandem member from Hamburg sees the missed AG-Treffen and registers for the new one", async () => {
  assert.ok(eventPath, "the event was created");
  const page = await signedIn(right, hamburg);
  const before = await agTreffenProgress(page, "Mein Programm vorher");
  // The demo guarantees that Hamburg missed both past AG-Treffen.
  assert.equal(before.attended, 0, before.text);
  assert.equal(before.required, 2, before.text);

  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Termine" }).click();
  await page.waitForURL("**/termine");
  await checkA11y(page, "Termine");
  await page.getByRole("main").getByRole("link", { name: title, exact: true }).click();
  await page.waitForURL(`**${eventPath.replace("/programm", "")}`);
  await shown(page.getByRole("heading", { level: 1, name: title }));
  await checkA11y(page, "Termin");

  await Promise.all([page.waitForURL(/\?stand=registered$/), page.getByRole("button", { name: "Verbindlich anmelden" }).click()]);
  await shown(page.getByRole("status").getByText("Sie sind angemeldet."));
  await shown(page.getByRole("main").getByText("Ihr Stand: angemeldet"));
  await checkA11y(page, "Termin angemeldet");

  const still = await agTreffenProgress(page, "Mein Programm angemeldet");
  assert.equal(still.attended, before.attended, "a registration alone does not count");
  await shown(page.getByRole("main").getByRole("listitem").filter({ hasText: title }).getByText("angemeldet"));
  await page.context().close();
});

test("the team marks Hamburg's leader present; the tandem's obligation view counts the meeting", async () => {
  assert.ok(eventPath, "the event was created");
  const page = await signedIn(right, admin);
  await openTeamEvent(page);
  await shown(page.getByRole("table").getByRole("rowheader", { name: "Heike Probst" }));
  await checkA11y(page, "Anmeldungen");

  const day = page.getByRole("group", { name: `Anwesend am ${todayLong}` });
  const leader = day.getByRole("checkbox", { name: "Heike Probst (Hamburg)" });
  assert.equal(await leader.isChecked(), false);
  await leader.check();
  await Promise.all([page.waitForURL(/\?stand=anwesenheit$/), page.getByRole("button", { name: `Anwesenheit für ${todayLong} speichern` }).click()]);
  await shown(page.getByRole("status").getByText("Die Anwesenheit ist gespeichert."));
  assert.equal(
    await page
      .getByRole("group", { name: `Anwesend am ${todayLong}` })
      .getByRole("checkbox", { name: "Heike Probst (Hamburg)" })
      .isChecked(),
    true,
    "the mark is kept",
  );
  const stand = page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Heike Probst" }) })
    .getByRole("cell")
    .nth(1);
  assert.equal((await stand.innerText()).trim(), "teilgenommen");
  await checkA11y(page, "Anwesenheit gespeichert");
  await page.context().close();

  const tandem = await signedIn(right, hamburg);
  const afterMark = await agTreffenProgress(tandem, "Mein Programm nachher");
  assert.equal(afterMark.attended, 1, afterMark.text);
  assert.equal(afterMark.required, 2, afterMark.text);
  assert.match(afterMark.text, /^1 von 2 besucht/);
  await tandem.context().close();
});

test("the attendance page works on a phone (390 px) without horizontal scrolling", async () => {
  assert.ok(eventPath, "the event was created");
  const page = await signedIn(right, admin, { viewport: { width: 390, height: 844 } });
  await page.goto(eventPath);
  await shown(page.getByRole("heading", { level: 1, name: title }));
  await shown(page.getByRole("group", { name: `Anwesend am ${todayLong}` }));
  await checkA11y(page, "Anwesenheit 390 px");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 390, `${eventPath} ist bei 390 px Breite ${width} px breit (waagerechtes Scrollen)`);
  await page.context().close();
});
