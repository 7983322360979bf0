// The team runs the selection of the call for the next Fellow cohort on 40 applications (39 generated and reviewed,
// Bonn's not reviewed yet), takes Bonn in and chooses whom it replaces, and sends the decisions. Bonn's leader then
// finds the new program with the tandem's obligations. In a real Chromium; every page passes axe (WCAG 2.1 AA),
// one at 320 px; no foreign hosts.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserTestFile, checkA11y, shown, signedIn } from "./browser.ts";
import { fellowCallWithBonn } from "../../src/modules/calls/testing.ts";

const { env, b: right } = browserTestFile();
const title = "Fellow-Programm 2027–2029 (Auswahltest)";

const proposed = (page: Page) => page.getByRole("table", { name: /^Vorgeschlagene Gruppe \(\d+\)$/ });
const waiting = (page: Page) => page.getByRole("table", { name: /^Warteliste \(\d+\)$/ });

test("the team takes Bonn into the proposed cohort in place of a municipality it names, and sends the decisions", async () => {
  const { call } = await fellowCallWithBonn(env.t.database.db, title);
  const page = await signedIn(right, "admin@k360.example");
  await page.goto(`/team/ausschreibungen/${call.id}/auswahl`);
  await shown(page.getByRole("heading", { level: 1, name: `Auswahl: ${title}` }));
  await shown(page.getByText(/Bewerbungen? (ist|sind) noch ohne Bewertung/));
  assert.equal(await proposed(page).getByRole("row").count(), 10, "header and nine proposed municipalities");
  await checkA11y(page, "Auswahl");

  const bonnRow = waiting(page).getByRole("row").filter({ hasText: "Bonn" });
  await shown(bonnRow.getByText("Noch ohne Bewertung"));
  const replaces = bonnRow.getByLabel("Bonn aufnehmen: ersetzt …");
  const giver = (await replaces.locator("option").nth(1).innerText()).trim();
  await replaces.selectOption({ label: giver });
  await Promise.all([page.waitForURL(/stand=gesetzt/), bonnRow.getByRole("button", { name: /^Aufnehmen ?: Bonn$/ }).click()]);
  await shown(page.getByText("Die Änderung ist gespeichert"));
  await shown(proposed(page).getByRole("rowheader", { name: /Bonn/ }));
  await shown(waiting(page).getByRole("row").filter({ hasText: giver }).getByText("Gibt den Platz nach Wahl des Teams an Bonn ab"));
  await checkA11y(page, "Auswahl nach der Änderung");

  await page.getByLabel("Ich habe den Vorschlag geprüft und möchte die Entscheidungen versenden.").check();
  await Promise.all([page.waitForURL(/stand=mails-80/), page.getByRole("button", { name: "Entscheidungen versenden" }).click()]);
  await shown(page.getByText("Die Entscheidungen sind versandt: 80 E-Mails gehen an die Tandems."));
  await shown(page.getByRole("table", { name: "Versandte Entscheidungen" }).getByRole("row").filter({ hasText: "Bonn" }).getByText("Zusage"));
  await checkA11y(page, "Entscheidungen versandt");
  await page.context().close();
});

test("Bonn's leader sees the new program and the tandem's obligations, also on a narrow screen", async () => {
  const page = await signedIn(right, "leitung.bonn@k360.example", { viewport: { width: 320, height: 800 } });
  await page.goto("/mein-programm");
  await shown(page.getByRole("heading", { level: 1, name: "Mein Programm" }));
  await shown(page.getByText(title));
  await shown(page.getByRole("table", { name: "Verpflichtungen des Tandems Bonn" }));
  await checkA11y(page, "Mein Programm (320 px)");
  await page.context().close();
});
