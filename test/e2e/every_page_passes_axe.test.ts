// Every page a visitor or the team can reach passes axe (WCAG 2.1 AA) and stays on our own host.
import { test } from "node:test";
import { addSession, browserTestFile, assertNoForeignRequests, assertNoPageErrors, checkA11y, newPage, pageWithSession } from "./browser.ts";
import { publishingPages } from "../../src/modules/publishing/testing.ts";

const { env } = browserTestFile();

const publicPages = [
  "/",
  "/fellow-programm",
  "/angebote",
  "/wer-wir-sind",
  "/magazin",
  "/kommunen?q=Lepzig",
  "/kommunen?land=99",
  "/kommunen/05758012-herford",
  "/kommunen/05758-kreis-herford",
  "/kommunen/99999-gibt-es-nicht",
  "/passwort-vergessen",
  "/anmelden/link-gesendet",
  "/anmelden/link/ungueltiger-link-ungueltiger-link",
  "/api/docs",
  "/termine",
  "/termine/11",
  "/lernpfade/lernpfad-fuehrung/bewerbung",
  "/austausch",
  "/austausch/suche?q=Jugendhilfeplnung%20und%20Schulentwicklungsplanung",
  "/austausch/suche?thema=kinderarmut&misserfolge=ja",
  "/austausch/berichte/1",
  "/zugang-beantragen/gesendet",
  "/ausschreibungen",
  "/ausschreibungen/fellow-programm-2027-2029",
  "/ausschreibungen/praxiswerkstatt-integrierte-planung-2027",
];
const adminPages = [
  "/kommunen/neu",
  "/kommunen/05314-bonn/vorhaben/neu",
  "/kommunen/05314-bonn/personen/neu",
  "/admin/postausgang",
  "/kommunen/05314-bonn",
  "/kommunen/05314-bonn/mitglieder",
  "/programm",
  "/programm/termine/neu",
  "/programm/termine/8",
  "/programm/termine/8/nachricht",
  "/programm/check-ins",
  "/programm/check-ins/neu",
  "/programm/tandems",
  "/programm/bewerbungen/3",
  "/mein-programm",
  "/termine/1",
  "/austausch/pruefung",
  "/austausch/thesaurus",
  "/austausch/berichte/1/bearbeiten",
  "/austausch/ag-themen",
  "/austausch/themenvorschlaege",
  "/austausch/themenvorschlaege/1",
  "/austausch/themenvorschlaege/2/termin",
  "/austausch/personas",
  "/austausch/personas/1",
  "/austausch/personas/nebeneinander?id=1&id=2&id=3",
  "/team/ausschreibungen",
  "/team/ausschreibungen/neu",
  "/team/ausschreibungen/1",
];
// The planning workbench of Bonn (the demo's cut of Schlotterbrück, values 2020 to 2024). No map is
// published in the demo, so the public map page is checked by the planner's journey instead.
const planning = "/kommunen/05314-bonn/planung";
const planningPages = [
  planning,
  `${planning}/gebiete`,
  `${planning}/indikatoren`,
  `${planning}/werte`,
  `${planning}/analyse`,
  `${planning}/analyse?indikator=sgb2_u15&indikator=hze_u21&indikator=kita_u3&gewicht_sgb2_u15=1%2C5&zeitraum=2024&vergleich=2023`,
  `${planning}/karte`,
  `${planning}/karte?indikator=hze_u21&zeitraum=2022&klassen=jenks&anzahl=4`,
  `${planning}/gebiete/01/profil`,
  `${planning}/vergleich?a=01&b=25`,
  `${planning}/veroeffentlichungen`,
];

test("every public page passes axe", async () => {
  const page = await newPage(env.b);
  for (const url of [...publicPages, ...(await publishingPages(env.t.database)).public]) {
    await page.goto(url);
    await checkA11y(page, url);
  }
  assertNoForeignRequests(env.b);
  assertNoPageErrors(env.b);
});

test("the team's pages and a form with errors pass axe", async () => {
  const page = await pageWithSession(env, "admin");
  for (const url of [...adminPages, ...(await publishingPages(env.t.database)).team]) {
    await page.goto(url);
    await checkA11y(page, url);
  }
  await page.goto("/kommunen/05314-bonn/vorhaben/neu");
  await page.getByLabel("Ende").fill("2020-01-01");
  await page.getByLabel("Beginn").fill("2021-01-01");
  await page.getByRole("button", { name: "Speichern" }).click();
  await page.getByText("Bitte korrigieren Sie Ihre Angaben").waitFor();
  await checkA11y(page, "Vorhaben mit Fehlern");
  await page.setViewportSize({ width: 320, height: 720 });
  for (const url of ["/team/ausschreibungen/1", "/ausschreibungen/fellow-programm-2027-2029"]) {
    await page.goto(url);
    await checkA11y(page, `${url}, 320 px`);
  }
  assertNoForeignRequests(env.b);
  assertNoPageErrors(env.b);
});

test("the publishing forms with errors pass axe", async () => {
  const page = await newPage(env.b);
  await page.goto("/barrierefreiheit/barriere-melden?seite=%2Ftermine");
  await page.getByRole("button", { name: "Barriere melden" }).click();
  await page.getByText("Bitte korrigieren Sie Ihre Angaben").waitFor();
  await checkA11y(page, "Barriere melden mit Fehlern");
  await addSession(page, env, "admin");
  for (const [url, button] of [
    ["/magazin/redaktion/neu", "Veröffentlichen"],
    ["/change-guide/redaktion/kapitel/neu", "Kapitel anlegen"],
    ["/podcast/redaktion/folgen/neu", "Folge anlegen"],
    ["/newsletter/redaktion/neu", "Ausgabe speichern"],
    ["/team/ausschreibungen/neu", "Als Entwurf anlegen"],
  ]) {
    await page.goto(url);
    await page.getByRole("button", { name: button, exact: true }).click();
    await page.getByText("Bitte korrigieren Sie Ihre Angaben").waitFor();
    await checkA11y(page, `${url} mit Fehlern`);
  }
  assertNoForeignRequests(env.b);
  assertNoPageErrors(env.b);
});

test("a municipality member's exchange pages pass axe", async () => {
  const page = await pageWithSession(env, "leader");
  for (const url of ["/austausch/berichte/neu", "/austausch/meine-berichte", "/austausch/themenvorschlaege/neu", "/austausch/personas/neu"]) {
    await page.goto(url);
    await checkA11y(page, url);
  }
  assertNoForeignRequests(env.b);
  assertNoPageErrors(env.b);
});

test("the planning workbench passes axe for Bonn's planning specialist and leader", async () => {
  const page = await pageWithSession(env, "planningSpecialist");
  // Each page at both widths, loaded once: no page script depends on the width, only the CSS does.
  for (const url of planningPages) {
    await page.goto(url);
    await checkA11y(page, url);
    await page.setViewportSize({ width: 320, height: 720 });
    await checkA11y(page, `${url}, 320 px`);
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  const leader = await pageWithSession(env, "leader");
  for (const url of [`${planning}/berechtigungen`, planning]) {
    await leader.goto(url);
    await checkA11y(leader, `${url} (Führungskraft)`);
  }
  assertNoForeignRequests(env.b);
  assertNoPageErrors(env.b);
});
