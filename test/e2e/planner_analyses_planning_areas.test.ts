// Bonn's planning specialist imports Schlotterbrück's planning areas and values from the sample
// files, fixes a validation error, runs a social-space analysis with the keyboard only, opens its
// receipt, stability check, map, an area profile and the comparison, and publishes a map; an
// anonymous visitor finds it on Bonn's profile. In a real Chromium; every page passes axe (WCAG 2.1
// AA, the main pages also at 320 px); no page talks to another host.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { browserTestFile, checkA11y, newPage, pageWithSession, shown } from "./browser.ts";
import { exampleTown, exampleValues, starterCatalogue } from "../../src/modules/planning/index.ts";

const { env, b: right } = browserTestFile();
const examples = path.join(import.meta.dirname, "..", "..", "docs", "examples");
const folder = await mkdtemp(path.join(os.tmpdir(), "k360-planung-"));
after(() => rm(folder, { recursive: true, force: true }));
const bonn = "/kommunen/05314-bonn";
const main = (page: Page) => page.getByRole("main");

/** axe at 1280 px and again at 320 px, where the page may not scroll sideways (only a table inside its wrapper may). */
async function checkBothWidths(page: Page, label: string) {
  await checkA11y(page, label);
  await page.setViewportSize({ width: 320, height: 720 });
  await checkA11y(page, `${label}, 320 px`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.ok(width <= 320, `${label} ist bei 320 px Breite ${width} px breit (waagerechtes Scrollen)`);
}

/** The sample CSV with area key 07 written as 7 in line 69 (as Excel does to leading zeros), still Windows-1252 bytes. */
async function csvWithWrongKey(): Promise<string> {
  const text = (await readFile(path.join(examples, "schlotterbrueck-werte-2025.csv"))).toString("latin1");
  assert.ok(text.includes("\r\n07;2025;u18;"));
  const file = path.join(folder, "werte-2025-fehler.csv");
  await writeFile(file, Buffer.from(text.replace("\r\n07;2025;u18;", "\r\n7;2025;u18;"), "latin1"));
  return file;
}

/** The previous year for the new cut: the values the demo's cut holds for 2024, as a UTF-8 CSV with BOM. */
async function csvOf2024(): Promise<string> {
  const year = exampleValues([2024])["2024"]!;
  const rows = ["Gebiet;Zeitraum;Indikator;Wert;Fallzahl"];
  for (const [index, area] of exampleTown().areas.entries()) {
    for (const { key } of starterCatalogue) {
      const cell = year[key]![index]!;
      const value = cell.mark === "secret" ? "." : cell.mark === "blocked" ? "x" : String(cell.value).replace(".", ",");
      rows.push([area.key, "2024", key, value, cell.cases >= 0 ? String(cell.cases) : ""].join(";"));
    }
  }
  const file = path.join(folder, "werte-2024.csv");
  await writeFile(file, "\uFEFF" + rows.join("\r\n") + "\r\n", "utf8");
  return file;
}

/** Uploads a value file on "Werte importieren" and waits for the answer. */
async function uploadValues(page: Page, file: string) {
  await page.goto(`${bonn}/planung/werte`);
  await page.getByLabel(/^Datei mit Werten/).setInputFiles(file);
  await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "Hochladen und prüfen" }).click()]);
}

async function importAreas(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: "Planung", exact: true }).first().click();
  await page.waitForURL(`**${bonn}/planung`);
  await shown(main(page).getByText("Beispieldaten: fiktive Stadt Schlotterbrück"));
  await checkBothWidths(page, "Übersicht");
  await page.getByRole("navigation", { name: "Planung" }).getByRole("link", { name: "Planungsräume" }).click();
  await shown(page.getByRole("heading", { level: 1, name: /^Planungsräume: .*Bonn/ }));
  await checkBothWidths(page, "Planungsräume");
  const form = main(page)
    .locator("form")
    .filter({ has: page.getByRole("button", { name: "Gebiete importieren" }) });
  await form.getByLabel("Datei", { exact: true }).setInputFiles(path.join(examples, "schlotterbrueck-gebiete.geojson"));
  await form.getByLabel("Bezeichnung des Stands").fill("Schlotterbrück 2025");
  await Promise.all([page.waitForURL("**/gebiete?stand=importiert"), form.getByRole("button", { name: "Gebiete importieren" }).click()]);
  await shown(page.getByText("Die Planungsräume wurden als neuer Stand übernommen."));
  await shown(page.getByRole("table", { name: /Aktueller Stand: Schlotterbrück 2025 \(25 Gebiete\)/ }));
  const history = page.getByRole("table", { name: "Gebietsstände" });
  await shown(history.getByRole("row", { name: /Schlotterbrück 2025.*aktuell/ }));
  await shown(history.getByRole("row", { name: /Beispieldaten: fiktive Stadt Schlotterbrück.*abgelöst am/ }));
  await checkBothWidths(page, "Planungsräume nach dem Import");
}

async function importValues(page: Page) {
  await page.getByRole("navigation", { name: "Planung" }).getByRole("link", { name: "Werte importieren" }).click();
  await shown(page.getByRole("heading", { level: 1, name: "Werte importieren" }));
  await checkBothWidths(page, "Werte importieren");

  await uploadValues(page, await csvWithWrongKey());
  await shown(page.getByText("1 Problem gefunden"));
  const problems = page.getByRole("table", { name: "Probleme in der Datei" });
  await shown(problems.getByRole("row", { name: /69 Gebiet Den Gebietsschlüssel „7“ gibt es nicht – meinten Sie 07\?/ }));
  await shown(page.getByText("Es wurde nichts gespeichert."));
  await checkBothWidths(page, "Prüfbericht mit Fehler");

  await uploadValues(page, path.join(examples, "schlotterbrueck-werte-2025.csv"));
  await shown(page.getByText("Die Werte sind gespeichert."));
  await shown(page.getByText("275 Werte wurden übernommen."));
  await shown(page.getByText("Diese Spalten wurden ignoriert: Gebietsname"));
  await shown(page.getByRole("table", { name: "Übernommene Werte je Indikator und Zeitraum" }).getByRole("row", { name: "sgb2_u15 2025 25" }));
  await checkBothWidths(page, "Prüfbericht gespeichert");

  await uploadValues(page, await csvOf2024());
  await shown(page.getByText("Die Werte sind gespeichert."));
  await shown(page.getByRole("table", { name: "Übernommene Werte je Indikator und Zeitraum" }).getByRole("row", { name: "sgb2_u15 2024 25" }));
}

/** The wide XLSX goes through the mapping step: area key column, the period typed in, each column its indicator. */
async function importWorkbook(page: Page) {
  await uploadValues(page, path.join(examples, "schlotterbrueck-werte-2025.xlsx"));
  await shown(page.getByRole("heading", { level: 1, name: "Spalten zuordnen: schlotterbrueck-werte-2025.xlsx" }));
  await checkBothWidths(page, "Spalten zuordnen");
  await page.getByLabel("Spalte mit dem Gebietsschlüssel").selectOption("Gebiet");
  await page.getByLabel("Fester Zeitraum").fill("2025");
  for (const { key, name } of starterCatalogue) await page.getByLabel(`Bedeutung der Spalte „${key}“`).selectOption({ label: `Werte von „${name}“ (${key})` });
  await page.getByLabel("Name der Zuordnung").fill("Statistikstelle, breite Tabelle");
  await Promise.all([page.waitForLoadState("load"), page.getByRole("button", { name: "Zuordnung speichern und importieren" }).click()]);
  await shown(page.getByText("Die Werte sind gespeichert."));
  await checkA11y(page, "Import der XLSX");
}

test("Bonn's planning specialist imports areas and values, fixing a validation error", async () => {
  const page = await pageWithSession(env, "planningSpecialist");
  await importAreas(page);
  await importValues(page);
  await importWorkbook(page);
  // The CSV has the case counts the XLSX lacks: imported last, its protection by case counts holds.
  await uploadValues(page, path.join(examples, "schlotterbrueck-werte-2025.csv"));
  await shown(page.getByText("Die Werte sind gespeichert."));
  await page.context().close();
});

/** Presses Tab until the element has the focus (the keyboard is the only input). */
async function tabTo(page: Page, target: Locator, what: string) {
  for (let presses = 0; presses < 250; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`${what} ist mit der Tabulatortaste nicht erreichbar`);
}

const indicators = {
  sgb2: "Kinder unter 15 Jahren im SGB-II-Bezug",
  single: "Alleinerziehende Haushalte",
  care: "Betreuungsquote unter 3 Jahren",
};

/** The analysis form with the keyboard only: three indicators, a weight 1,5, period 2025 against 2024, sent with Enter. */
async function analyseWithKeyboard(page: Page) {
  const checkbox = (name: string) => page.getByRole("checkbox", { name: new RegExp(`^${name} \\(`) });
  await tabTo(page, checkbox(indicators.sgb2), indicators.sgb2);
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  assert.ok(
    await page.getByLabel(`Gewicht für ${indicators.sgb2}`).evaluate((element) => element === document.activeElement),
    "the weight follows its checkbox",
  );
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("1,5");
  for (const name of [indicators.single, indicators.care]) {
    await tabTo(page, checkbox(name), name);
    await page.keyboard.press("Space");
  }
  await tabTo(page, page.getByLabel("Zeitraum", { exact: true }), "Zeitraum");
  await page.keyboard.type("2025");
  await tabTo(page, page.getByLabel("Vergleichszeitraum"), "Vergleichszeitraum");
  await page.keyboard.type("2024");
  await tabTo(page, page.getByLabel(/^Mindestzahl an Einwohnerinnen/), "Mindestzahl");
  await Promise.all([page.waitForURL(/\/analyse\?/), page.keyboard.press("Enter")]);
}

test("she runs a social-space analysis with the keyboard only and opens its receipt and stability check", async () => {
  const page = await pageWithSession(env, "planningSpecialist");
  await page.goto(`${bonn}/planung`);
  await page.getByRole("navigation", { name: "Planung" }).getByRole("link", { name: "Sozialraumanalyse" }).click();
  await shown(page.getByRole("heading", { level: 1, name: /^Sozialraumanalyse: / }));
  await checkBothWidths(page, "Sozialraumanalyse");
  await analyseWithKeyboard(page);
  const query = new URL(page.url()).searchParams;
  assert.deepEqual(query.getAll("indikator").sort(), ["alleinerziehend", "kita_u3", "sgb2_u15"]);
  assert.equal(query.get("zeitraum"), "2025");
  assert.equal(query.get("vergleich"), "2024");
  assert.equal(query.get("gewicht_sgb2_u15"), "1,5", "the weight as typed, with a decimal comma");

  await shown(page.getByRole("heading", { level: 2, name: "Ergebnis" }));
  await shown(page.getByText("Gebietsstand Schlotterbrück 2025; 25 Planungsräume, davon 3 nicht im Index."));
  const ranking = page.getByRole("table", { name: "Rangfolge der Planungsräume, 2025 (Rang 1: höchster Bedarf)" });
  assert.equal(await ranking.locator("tbody tr").count(), 25, "every area has a row");
  await shown(ranking.getByRole("columnheader", { name: "Dynamik seit 2024" }));
  const small = ranking.getByRole("row").filter({ hasText: "Gewerbepark Am Schlot" });
  await shown(small.getByText("weniger als 300 Einwohnerinnen und Einwohner: nicht im Index"));
  await shown(small.getByRole("cell").filter({ hasText: "·" }));
  await shown(small.getByText("zu wenige Fälle: zum Schutz der Betroffenen nicht ausgewiesen"));
  await checkBothWidths(page, "Sozialraumanalyse mit Ergebnis");

  await page.getByRole("link", { name: /^Beleg: alle Eingangswerte/ }).click();
  await shown(page.getByRole("heading", { level: 1, name: /^Beleg der Sozialraumanalyse: / }));
  const inputs = page.getByRole("table", { name: "Eingänge je Indikator (über die einbezogenen Planungsräume)" });
  await shown(inputs.getByRole("row").filter({ hasText: indicators.sgb2 }).filter({ hasText: "1,50" }).filter({ hasText: "42,9 %" }));
  await checkBothWidths(page, "Beleg");

  await page.goBack();
  await page.getByRole("link", { name: /^Stabilitätsprüfung/ }).click();
  await shown(page.getByRole("heading", { level: 1, name: /^Stabilitätsprüfung: / }));
  await shown(page.getByRole("table", { name: "Planungsräume, die die Klasse wechseln" }));
  await checkBothWidths(page, "Stabilitätsprüfung");
  await page.context().close();
});

test("she opens the map, an area profile and the comparison, publishes the map, and a visitor finds it on Bonn's profile", async () => {
  const page = await pageWithSession(env, "planningSpecialist");
  await page.goto(`${bonn}/planung`);
  await page.getByRole("navigation", { name: "Planung" }).getByRole("link", { name: "Karte" }).click();
  await shown(page.getByRole("heading", { level: 1, name: /^Karte: / }));
  await page.getByLabel("Indikator").selectOption({ label: indicators.sgb2 });
  await page.getByLabel("Zeitraum").selectOption("2025");
  await Promise.all([page.waitForURL(/indikator=sgb2_u15/), page.getByRole("button", { name: "Karte zeigen" }).click()]);
  await shown(page.getByRole("heading", { level: 2, name: `${indicators.sgb2}, 2025` }));
  const table = page.getByRole("table", { name: `${indicators.sgb2}, 2025: Werte und Klassen je Planungsraum` });
  await shown(table.getByRole("row").filter({ hasText: "Gewerbepark Am Schlot" }).getByText("·"));
  await checkBothWidths(page, "Karte");

  await table.getByRole("link", { name: "Altstadt" }).click();
  await shown(page.getByRole("heading", { level: 1, name: /Altstadt/ }));
  await shown(page.getByRole("table", { name: "Altstadt, 2025: alle Indikatoren" }).getByRole("row").filter({ hasText: indicators.sgb2 }));
  await checkBothWidths(page, "Gebietsprofil");

  await page
    .getByRole("link", { name: /vergleichen/ })
    .first()
    .click();
  await page.getByLabel("Zweites Gebiet").selectOption({ label: "Marktviertel (02)" });
  await Promise.all([page.waitForURL(/b=02/), page.getByRole("button", { name: "Vergleichen" }).click()]);
  await shown(page.getByRole("table", { name: "Altstadt und Marktviertel, 2025" }).getByRole("row").filter({ hasText: indicators.sgb2 }));
  await checkBothWidths(page, "Vergleich");

  await page.goto(`${bonn}/planung/karte?indikator=sgb2_u15&zeitraum=2025`);
  await page.getByRole("link", { name: "Diese Karte veröffentlichen" }).click();
  await shown(page.getByRole("heading", { level: 1, name: "Veröffentlichte Karten" }));
  await checkBothWidths(page, "Veröffentlichungen");
  const title = "Kinderarmut in Schlotterbrück 2025";
  await page.getByLabel("Titel").fill(title);
  await Promise.all([page.waitForURL("**stand=veroeffentlicht"), page.getByRole("button", { name: "Veröffentlichen" }).click()]);
  await shown(page.getByText("Die Karte ist veröffentlicht und auf dem Profil der Kommune zu sehen."));
  await shown(
    page
      .getByRole("table", { name: /^Öffentliche Karten von / })
      .getByRole("row")
      .filter({ hasText: title })
      .filter({ hasText: `${indicators.sgb2}, 2025` }),
  );
  await checkA11y(page, "Veröffentlichungen nach dem Veröffentlichen");
  await page.context().close();

  const visitor = await newPage(right);
  await visitor.goto(bonn);
  await shown(visitor.getByRole("heading", { level: 2, name: "Karten zur Sozialraumplanung" }));
  await checkA11y(visitor, "Profil von Bonn mit Karte");
  await visitor.getByRole("link", { name: title }).click();
  await shown(visitor.getByRole("heading", { level: 1, name: title }));
  await shown(visitor.getByRole("img", { name: /Karte der Planungsräume/ }));
  const published = visitor.getByRole("table", { name: `${indicators.sgb2}, 2025: Werte und Klassen je Planungsraum` });
  assert.equal(await published.locator("tbody tr").count(), 25);
  await shown(published.getByRole("row").filter({ hasText: "Gewerbepark Am Schlot" }).getByText("·"));
  await checkBothWidths(visitor, "Veröffentlichte Karte");
  await visitor.context().close();
});
