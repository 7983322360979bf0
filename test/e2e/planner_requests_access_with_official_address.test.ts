// A planner of a Kreis without an account asks for access with her official address, confirms by
// the link in the mail, sets up her account and finds the event she registered for earlier in
// "Mein Programm"; the team approves a request from an address that is not official. In a real
// Chromium; every page passes axe (WCAG 2.1 AA); no page talks to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import type { Page } from "playwright-core";
import { browserTestFile, checkA11y, newPage, pageWithSession, shown } from "./browser.ts";
import { readOutbox } from "../../src/testing.ts";
import { municipalityTables, profileOf } from "../../src/modules/municipalities/testing.ts";
import { events, registrations } from "../../src/modules/program/testing.ts";

const { env, b: right } = browserTestFile();

/** The path of the link in the last mail to this address that leads to `prefix`. */
async function linkInMail(to: string, prefix: string): Promise<string> {
  await env.t.deliverMail();
  const mail = (await readOutbox(env.t.outboxDir)).filter((m) => m.to === to).at(-1);
  assert.ok(mail, `keine E-Mail an ${to}`);
  return new URL(new RegExp(`https?://\\S+${prefix}\\S+`).exec(mail.text)![0]).pathname;
}

/** Fills "Zugang beantragen" (reached from a profile, so the municipality is chosen) and sends it. */
async function requestAccess(page: Page, person: { name: string; email: string; role: string; note: string }) {
  const form = page.getByRole("main");
  await form.getByLabel("Ihr Name").fill(person.name);
  await form.getByLabel("Ihre Rolle").selectOption({ label: person.role });
  await form.getByLabel("Dienstliche E-Mail-Adresse").fill(person.email);
  await form.getByLabel("Kurze Nachricht an das Team").fill(person.note);
  await Promise.all([page.waitForURL("**/zugang-beantragen/gesendet"), form.getByRole("button", { name: "Zugang beantragen" }).click()]);
  await shown(page.getByRole("heading", { level: 1, name: "Danke für Ihre Anfrage" }));
  await checkA11y(page, "Anfrage gesendet");
}

/** Opens the setup link, chooses a password and lands signed in. */
async function setUpAccount(page: Page, link: string, name: string) {
  await page.goto(link);
  await shown(page.getByRole("heading", { level: 1, name: "Konto einrichten" }));
  await checkA11y(page, "Konto einrichten");
  const form = page.getByRole("main");
  await form.getByLabel("Passwort", { exact: true }).fill("mein-sicheres-passwort");
  await form.getByLabel("Passwort wiederholen").fill("mein-sicheres-passwort");
  await Promise.all([page.waitForURL((url) => url.pathname === "/mein-k360"), form.getByRole("button", { name: "Konto einrichten" }).click()]);
  await shown(page.getByText(`Angemeldet als ${name}`));
  await shown(page.getByRole("heading", { level: 1, name: "Mein K360" }));
  await checkA11y(page, "Mein K360 nach dem Einrichten");
}

test("a planner of a Kreis without an account requests access with her official address, confirms by mail and sees her earlier registration", async () => {
  const { db } = env.t.database;
  const siegen = await profileOf(env.t.database, "05970");
  const { municipalities } = municipalityTables;
  // The team has recorded the Kreis's official domain; she registered for a date before she had an account.
  await db
    .update(municipalities)
    .set({ officialDomains: ["siegen-wittgenstein.de"] })
    .where(eq(municipalities.id, siegen.id));
  const planner = { name: "Paula Planer", email: "p.planer@siegen-wittgenstein.de", role: "Planungsfachkraft", note: "Jugendhilfeplanung, seit 2024." };
  const [event] = await db.select({ id: events.id, title: events.title }).from(events).limit(1);
  await db.insert(registrations).values({ eventId: event.id, name: planner.name, email: planner.email, status: "registered" });

  const page = await newPage(right);
  await page.goto(`/kommunen/${siegen.slug}`);
  await shown(page.getByRole("heading", { level: 1, name: /Siegen-Wittgenstein/ }));
  await page.getByRole("link", { name: "Zugang beantragen" }).click();
  await page.waitForURL("**/zugang-beantragen?kommune=05970");
  await shown(page.getByRole("heading", { level: 1, name: "Zugang beantragen" }));
  assert.equal(await page.getByLabel("Kommune (Jugendamt)").inputValue(), String(siegen.id), "her Kreis is chosen");
  await checkA11y(page, "Zugang beantragen");
  await requestAccess(page, planner);

  await page.goto(await linkInMail(planner.email, "/zugang/bestaetigen/"));
  await shown(page.getByText("Sie erhalten einen Zugang für Kreis Siegen-Wittgenstein als Planungsfachkraft"));
  await checkA11y(page, "Zugang bestätigen");
  await Promise.all([page.waitForURL("**/konto-einrichten/**"), page.getByRole("button", { name: "Zugang bestätigen" }).click()]);
  await setUpAccount(page, new URL(page.url()).pathname, planner.name);

  await page.getByRole("link", { name: "Profil von Kreis Siegen-Wittgenstein" }).click();
  await page.getByRole("link", { name: "Profil bearbeiten" }).click();
  await page.waitForURL(`**/kommunen/${siegen.slug}/bearbeiten`);
  await checkA11y(page, "Profil bearbeiten");
  const description = "Der Kreis plant seine Jugendhilfe sozialräumlich, gemeinsam mit den Trägern.";
  await page.getByLabel(/^Beschreibung/).fill(description);
  await Promise.all([page.waitForURL(`**/kommunen/${siegen.slug}*`), page.getByRole("button", { name: "Speichern" }).click()]);
  await shown(page.getByRole("main").getByText(description));

  await page.getByRole("link", { name: "Mein Programm" }).first().click();
  await page.waitForURL("**/mein-programm");
  await shown(page.getByRole("main").getByText(event.title).first());
  await checkA11y(page, "Mein Programm");
});

test("the team approves a request from an address that is not official, and the person sets up the account", async () => {
  const olpe = await profileOf(env.t.database, "05966");
  const person = { name: "Ole Offen", email: "ole.offen@mailbox.example", role: "Mitarbeiter:in", note: "Noch ohne dienstliche Adresse." };
  const visitor = await newPage(right);
  await visitor.goto(`/zugang-beantragen?kommune=${olpe.ags}`);
  await checkA11y(visitor, "Zugang beantragen");
  await requestAccess(visitor, person);

  const team = await pageWithSession(env, "admin");
  await team.goto("/");
  await team.getByRole("link", { name: "Zugangsanfragen" }).first().click();
  await team.waitForURL("**/admin/zugangsanfragen");
  const card = team.getByRole("article", { name: person.name });
  await shown(card);
  for (const text of [person.email, "Kreis Olpe", person.note]) await shown(card.getByText(text));
  await checkA11y(team, "Zugangsanfragen");
  await Promise.all([team.waitForURL("**stand=freigegeben"), card.getByRole("button", { name: `Freigeben: ${person.name}` }).click()]);
  await shown(team.getByText("Die Anfrage ist freigegeben"));
  assert.equal(await team.getByRole("article", { name: person.name }).count(), 0, "the decided request leaves the list");
  await checkA11y(team, "Zugangsanfragen nach der Freigabe");

  await setUpAccount(visitor, await linkInMail(person.email, "/konto-einrichten/"), person.name);
});
