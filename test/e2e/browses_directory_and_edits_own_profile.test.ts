// A leader of a Fellow municipality finds it in the directory, signs in and updates the profile,
// in a real Chromium. Every page passes axe (WCAG 2.1 AA); no page talks to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserTestFile, checkA11y, newPage, shown } from "./browser.ts";

const { b: right } = browserTestFile();

const leader = { email: "leitung.bonn@k360.example", password: "K360-Demo-2026" };
const bonnProfile = "/kommunen/05314-bonn";

async function logIn(page: Page) {
  if (new URL(page.url()).pathname !== "/anmelden") await page.goto("/anmelden");
  const form = page.getByRole("region", { name: "Mit Passwort" });
  await form.getByLabel("E-Mail-Adresse").fill(leader.email);
  await form.getByLabel("Passwort").fill(leader.password);
  await Promise.all([page.waitForURL((url) => url.pathname !== "/anmelden"), form.getByRole("button", { name: "Anmelden" }).click()]);
  await shown(page.getByText("Angemeldet als"));
}

async function mainText(page: Page) {
  return (await page.getByRole("main").innerText()).replace(/\s+/g, " ");
}

test("a member finds Bonn among the Fellow municipalities in NRW and updates its Jugendamt address", async () => {
  const page = await newPage(right);
  await page.goto("/");
  await shown(page.getByRole("heading", { level: 1 }));
  await checkA11y(page, "Startseite");

  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Kommunen" }).click();
  await page.waitForURL("**/kommunen");
  await shown(page.getByRole("heading", { level: 1, name: "Kommunen" }));
  await checkA11y(page, "Verzeichnis");

  // Bundesland with the keyboard (type-ahead in the closed list), Fellow filter by its visible label.
  await page.getByLabel("Bundesland").focus();
  await page.keyboard.type("Nordrhein");
  assert.equal(await page.getByLabel("Bundesland").inputValue(), "05");
  await page.getByLabel("Fellow-Programm").selectOption({ label: "Nur Fellow-Kommunen" });
  await Promise.all([page.waitForURL(/land=05/), page.getByRole("button", { name: "Anzeigen" }).click()]);
  const query = new URL(page.url()).searchParams;
  assert.equal(query.get("land"), "05");
  assert.equal(query.get("fellow"), "ja");
  const table = page.getByRole("table", { name: "Gefundene Kommunen" });
  await shown(table);
  const names = (await table.getByRole("link").allInnerTexts()).map((n) => n.trim());
  assert.deepEqual(names.sort(), ["Bonn", "Herford", "Kreis Olpe"]);
  assert.ok(!names.includes("Leipzig"));
  await shown(page.getByRole("heading", { name: "3 Kommunen gefunden" }));
  assert.equal(await page.getByLabel("Bundesland").inputValue(), "05", "the filter keeps its value");
  await checkA11y(page, "Verzeichnis gefiltert");

  await table.getByRole("link", { name: "Bonn" }).click();
  await page.waitForURL(`**${bonnProfile}`);
  await shown(page.getByRole("heading", { level: 1, name: /Bonn/ }));
  await shown(page.getByRole("heading", { level: 1 }).getByText("Fellow-Kommune"));
  await shown(page.getByRole("heading", { level: 2, name: "Vorhaben" }));
  await shown(page.getByRole("article", { name: "Kinder- und Jugendförderplan gemeinsam fortschreiben" }));
  assert.equal(await page.getByRole("link", { name: "Profil bearbeiten" }).count(), 0, "guests see no edit link");
  await checkA11y(page, "Profil");

  await page.getByRole("link", { name: "Anmelden", exact: true }).click();
  await page.waitForURL(/\/anmelden\?weiter=/);
  await checkA11y(page, "Anmelden");
  await logIn(page);
  assert.equal(new URL(page.url()).pathname, bonnProfile, "after login the member is back on the page they came from");
  await page.getByRole("link", { name: "Profil bearbeiten" }).click();
  await page.waitForURL(`**${bonnProfile}/bearbeiten`);
  await shown(page.getByRole("heading", { level: 1, name: "Profil bearbeiten: Bonn" }));
  await checkA11y(page, "Profil bearbeiten");

  const address = "Amt für Kinder, Jugend und Familie, Sankt Augustiner Straße 86, 53225 Bonn";
  await page.getByLabel("Anschrift").fill(address);
  await Promise.all([page.waitForURL(`**${bonnProfile}*`), page.getByRole("button", { name: "Speichern" }).click()]);
  assert.equal(new URL(page.url()).pathname, bonnProfile);
  await shown(page.getByRole("status").getByText("Ihre Änderungen sind gespeichert."));
  await shown(page.getByRole("main").getByText(address));
  await checkA11y(page, "Profil nach dem Speichern");
  await page.context().close();
});

test("a member cannot edit another municipality, and the skip link is the first Tab stop", async () => {
  const page = await newPage(right);
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
  assert.ok(await skip.evaluate((el) => el === document.activeElement), "first Tab stop is the skip link");
  await shown(skip);
  await page.keyboard.press("Enter");
  await page.waitForURL("**/#inhalt");
  assert.ok(await page.getByRole("main").evaluate((el) => el === document.activeElement), "focus moved to main");

  await logIn(page);
  const response = await page.goto("/kommunen/14713-leipzig/bearbeiten");
  assert.equal(response?.status(), 403);
  await shown(page.getByRole("heading", { level: 1, name: "Kein Zugriff" }));
  assert.equal(await page.getByLabel("Beschreibung").count(), 0, "no form on the 403 page");
  await checkA11y(page, "403");
  await page.context().close();
});

test("a bad website is refused with a German message next to the field, the profile stays as it was", async () => {
  const page = await newPage(right);
  await logIn(page);
  await page.goto(bonnProfile);
  const before = await mainText(page);
  await page.getByRole("link", { name: "Profil bearbeiten" }).click();
  await page.getByLabel("Website").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Speichern" }).click();
  await shown(page.getByRole("main").getByText("die mit https:// beginnt").last());

  const website = page.getByLabel("Website");
  assert.equal(await website.inputValue(), "javascript:alert(1)", "the entry is kept for correction");
  assert.equal(await website.getAttribute("aria-invalid"), "true");
  const description = await website.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
  assert.match(description, /Bitte geben Sie eine vollständige Adresse ein, die mit https:\/\/ beginnt\./);
  await checkA11y(page, "Profil bearbeiten mit Fehler");

  await page.goto(bonnProfile);
  assert.equal(await mainText(page), before);
  assert.equal(await page.getByRole("link", { name: /javascript:/ }).count(), 0);
  await page.context().close();
});

test("directory and profile work in dark mode and at 320 px width without horizontal scrolling", async () => {
  for (const options of [{ colorScheme: "dark" as const }, { viewport: { width: 320, height: 720 } }]) {
    const page = await newPage(right, options);
    for (const url of ["/kommunen?land=05&fellow=ja", bonnProfile]) {
      await page.goto(url);
      await shown(page.getByRole("heading", { level: 1 }));
      await checkA11y(page, JSON.stringify(options));
      if (options.viewport) {
        // WCAG 1.4.10 Reflow: only the data table may scroll sideways (inside its own wrapper).
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 320, `${url} ist bei 320 px Breite ${width} px breit (waagerechtes Scrollen)`);
      }
    }
    await page.context().close();
  }
});
