// Two reviewers of the team score one application to the call for the next Fellow cohort: the admin
// first, then the editor, who sees the admin's scores and comment only after giving their own. In a
// real Chromium; every page passes axe (WCAG 2.1 AA), the review page also at 320 px; no foreign hosts.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserTestFile, checkA11y, newPage, addSession, pageWithSession, shown } from "./browser.ts";
import { createApplication, createCall } from "../../src/modules/calls/testing.ts";
import { profileOf } from "../../src/modules/municipalities/testing.ts";

const { env, b: right } = browserTestFile();
let list = "";
let review = "";

/** A call with one submitted application from Bonn (the app starts in the file's first hook, so this runs inside the first test). */
async function callWithApplication() {
  const { db } = env.t.database;
  const call = await createCall(db, { title: "Fellow-Programm 2027–2029" });
  const bonn = await profileOf(env.t.database, "05314");
  const application = await createApplication(db, {
    callId: call.id,
    municipalityId: bonn.id,
    submitted: true,
    projectTitle: "Jugendhilfe und Schule planen gemeinsam",
    leader: { name: "Miriam Beispiel", email: "leitung.bonn@k360.example" },
    planningSpecialist: { name: "Jonas Muster", email: "planung.bonn@k360.example" },
  });
  list = `/team/ausschreibungen/${call.id}/bewerbungen`;
  review = `${list}/${application.id}`;
}

/** Ticks a score per criterion (by its radio group's legend) and writes the comment. */
async function score(page: Page, points: Record<string, string>, comment: string) {
  for (const [criterion, value] of Object.entries(points)) {
    await page
      .getByRole("group", { name: new RegExp(`^${criterion}`) })
      .getByLabel(value, { exact: true })
      .check();
  }
  await page.getByLabel("Kommentar").fill(comment);
  await Promise.all([page.waitForURL(/\?stand=gespeichert/), page.getByRole("button", { name: "Bewertung speichern" }).click()]);
  await shown(page.getByRole("status").getByText("Ihre Bewertung ist gespeichert."));
}

const allCriteria = (points: string) => ({ Veränderungsvorhaben: points, "Tandem und Rückhalt": points, Verbindlichkeit: points, "Nutzen für andere": points });

test("the admin finds the application in the list, reads it beside the municipality and scores it", async () => {
  await callWithApplication();
  const page = await pageWithSession(env, "admin");
  await page.goto(list);
  await shown(page.getByRole("heading", { level: 1, name: "Bewerbungen: Fellow-Programm 2027–2029" }));
  await shown(page.getByRole("table", { name: "Eingereichte Bewerbungen" }).getByText("braucht noch 2 Bewertungen"));
  await checkA11y(page, "Liste der Bewerbungen");
  await Promise.all([page.waitForURL(review), page.getByRole("link", { name: "Bonn", exact: true }).click()]);
  await shown(page.getByRole("heading", { level: 1, name: "Bewerbung: Bonn" }));
  await shown(page.getByRole("complementary", { name: "Zur Kommune" }).getByRole("link", { name: "Profil von Bonn" }));
  await shown(page.getByText("sobald Sie Ihre eigene gespeichert haben"));
  await checkA11y(page, "Bewerbung vor der eigenen Bewertung");
  await score(page, allCriteria("5"), "Starkes Tandem, klarer Rückhalt der Spitze.");
  await shown(page.getByText("Außer Ihnen hat noch niemand bewertet."));
  await checkA11y(page, "Bewerbung nach der eigenen Bewertung");
  await page.context().close();
});

test("the editor sees nothing of the admin's review until giving their own, then sees name, scores and comment", async () => {
  const page = await pageWithSession(env, "editor");
  await page.goto(review);
  await shown(page.getByText("sobald Sie Ihre eigene gespeichert haben"));
  assert.equal(await page.getByText("Starkes Tandem").count(), 0, "blind until given");
  assert.equal(await page.getByText("Alex Admin (Beispiel)").count(), 0);

  await page
    .getByRole("group", { name: /^Veränderungsvorhaben/ })
    .getByLabel("2", { exact: true })
    .check();
  await page.getByRole("button", { name: "Bewertung speichern" }).click();
  await shown(page.getByRole("alert").getByText("Bitte korrigieren Sie Ihre Angaben"));
  await shown(page.getByRole("group", { name: /^Verbindlichkeit/ }).getByText("Bitte vergeben Sie für „Verbindlichkeit“ eine Punktzahl von 1 bis 5."));
  assert.equal(await page.getByText("Starkes Tandem").count(), 0, "still blind after a form with errors");
  await checkA11y(page, "Bewertung mit Fehlern");

  await score(page, allCriteria("3"), "Vorhaben noch offen formuliert.");
  const others = page.getByRole("region", { name: "Bewertungen des Teams" });
  await shown(others.getByRole("heading", { name: "Alex Admin (Beispiel)" }));
  await shown(others.getByText("Starkes Tandem, klarer Rückhalt der Spitze."));
  await checkA11y(page, "Bewerbung mit den Bewertungen des Teams");

  await page.goto(list);
  await shown(page.getByRole("cell", { name: "0,75" }));
  await checkA11y(page, "Liste nach zwei Bewertungen");
  await page.context().close();
});

test("the review page is usable at 320 px", async () => {
  const page = await newPage(right, { viewport: { width: 320, height: 800 } });
  await addSession(page, env, "editor");
  await page.goto(review);
  await shown(page.getByRole("button", { name: "Bewertung speichern" }));
  await checkA11y(page, "Bewerbung bei 320 px");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
  await page.context().close();
});
