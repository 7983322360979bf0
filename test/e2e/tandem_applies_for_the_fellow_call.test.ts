// Two members of Bonn apply together for the next Fellow cohort: the leader starts the application,
// takes the change project from the profile and invites the planning specialist, who confirms by the
// mailed link and completes the draft with the letter of support. Both submit before the deadline and
// see the state, also on "Mein K360". In a real Chromium; every page passes axe (WCAG 2.1 AA).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Page } from "playwright-core";
import { browserTestFile, checkA11y, shown, signedIn } from "./browser.ts";
import { createCall } from "../../src/modules/calls/testing.ts";

const { env, b: right } = browserTestFile();
const title = "Fellow-Programm 2027–2029";
const pdf = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

const notice = (page: Page, text: string) => shown(page.getByRole("status").getByText(text));

async function submitTogether(page: Page, expected: string) {
  await page.getByRole("button", { name: "Einreichen", exact: true }).click();
  await notice(page, expected);
}

test("a leader and a planning specialist of Bonn apply together and submit before the deadline", async () => {
  const call = await createCall(env.t.database.db, { title });
  const address = `/ausschreibungen/${call.slug}/bewerbung`;

  const miriam = await signedIn(right, "leitung.bonn@k360.example");
  await miriam.goto(address);
  await shown(miriam.getByRole("heading", { level: 1, name: `Bewerbung: ${title}` }));
  await checkA11y(miriam, "Bewerbung beginnen");
  await miriam.getByLabel("Ihre Rolle im Tandem").selectOption({ label: "Führungskraft mit Planungs- und Steuerungsverantwortung" });
  await miriam.getByLabel("Name der Partnerin oder des Partners").fill("Jonas Muster");
  await miriam.getByLabel("E-Mail-Adresse der Partnerin oder des Partners").fill("planung.bonn@k360.example");
  await miriam.getByRole("button", { name: "Bewerbung beginnen" }).click();
  await notice(miriam, "Die Bewerbung ist angelegt. Ihre Partnerin oder Ihr Partner erhält eine Einladung per E-Mail.");
  await shown(miriam.getByText("Entwurf – wartet auf Bestätigung der Partnerin oder des Partners"));
  await checkA11y(miriam, "Entwurf nach dem Beginnen");

  await miriam.getByLabel("Vorhaben Ihrer Kommune").selectOption({ label: "Kinder- und Jugendförderplan gemeinsam fortschreiben" });
  await miriam.getByRole("button", { name: "Vorhaben übernehmen" }).click();
  await notice(miriam, "Das Vorhaben aus dem Profil ist übernommen. Prüfen und ergänzen Sie es bitte.");
  await checkA11y(miriam, "Vorhaben übernommen");
  assert.equal(await miriam.getByLabel("Titel des Veränderungsvorhabens").inputValue(), "Kinder- und Jugendförderplan gemeinsam fortschreiben");

  // Submitting too early: the missing parts are named next to their fields.
  await miriam.getByRole("button", { name: "Einreichen", exact: true }).click();
  await shown(miriam.getByRole("alert").getByText("Bitte korrigieren Sie Ihre Angaben"));
  await shown(miriam.getByText("Die Partnerin oder der Partner hat die Teilnahme noch nicht bestätigt."));
  await checkA11y(miriam, "Einreichen mit Lücken");

  const mail = (await env.t.sentMails()).filter((m) => m.to === "planung.bonn@k360.example").at(-1)!;
  const link = new URL(/https?:\/\/\S+\/bestaetigen\/\S+/.exec(mail.text)![0]).pathname;
  const jonas = await signedIn(right, "planung.bonn@k360.example");
  await jonas.goto(link);
  await shown(jonas.getByRole("heading", { level: 1, name: "Einladung ins Tandem" }));
  await checkA11y(jonas, "Einladung");
  await jonas.getByRole("button", { name: "Teilnahme bestätigen" }).click();
  await notice(jonas, "Sie haben Ihre Teilnahme am Tandem bestätigt. Sie können die Bewerbung jetzt mit bearbeiten.");
  await checkA11y(jonas, "Teilnahme bestätigt");

  await jonas.getByLabel("Stand der integrierten Planung").selectOption("partial");
  await jonas.getByLabel("Die Lage vor Ort").fill("Jugendhilfeplanung und Schulentwicklungsplanung arbeiten bisher getrennt.");
  await jonas.getByLabel("Was Sie vom Programm erwarten").fill("Methoden für die gemeinsame Steuerung und Austausch mit anderen Kommunen.");
  await jonas.getByLabel("Wir nehmen an allen Trainings des Programms teil.").check();
  await jonas.getByLabel("Wir nehmen an den AG-Treffen der Kohorte teil.").check();
  await jonas.getByLabel("Wir nehmen uns Zeit für die Check-Ins mit dem Team.").check();
  await jonas.getByLabel("Stunden im Monat").fill("16");
  await jonas.getByRole("button", { name: "Entwurf speichern" }).click();
  await notice(jonas, "Der Entwurf ist gespeichert.");
  await jonas.getByLabel("Schreiben als PDF").setInputFiles({ name: "unterstuetzung.pdf", mimeType: "application/pdf", buffer: pdf });
  await jonas.getByRole("button", { name: "Schreiben hochladen" }).click();
  await notice(jonas, "Das Unterstützungsschreiben ist gespeichert.");
  await shown(jonas.getByRole("link", { name: "unterstuetzung.pdf" }));
  await checkA11y(jonas, "vollständiger Entwurf");
  await submitTogether(jonas, "Sie haben der Einreichung zugestimmt. Sobald Ihre Partnerin oder Ihr Partner auch zustimmt, ist die Bewerbung eingereicht.");

  await miriam.goto(address);
  await shown(miriam.getByText("Entwurf – wartet auf die Zustimmung zur Einreichung"));
  await checkA11y(miriam, "wartet auf Zustimmung");
  await submitTogether(miriam, "Die Bewerbung ist eingereicht. Vielen Dank!");
  await shown(miriam.getByText(/^Eingereicht$/));
  await shown(miriam.getByText("Jugendhilfeplanung und Schulentwicklungsplanung arbeiten bisher getrennt."));
  assert.equal(await miriam.getByRole("button", { name: "Entwurf speichern" }).count(), 0, "a submitted application cannot be changed");
  await checkA11y(miriam, "eingereicht");
  await miriam.goto("/mein-k360");
  await shown(miriam.getByRole("link", { name: title }));
  await shown(miriam.getByText(/– Eingereicht am /));
  await checkA11y(miriam, "Mein K360");
  await miriam.context().close();
  await jonas.context().close();

  const narrow = await signedIn(right, "planung.bonn@k360.example", { viewport: { width: 320, height: 800 } });
  await narrow.goto(address);
  await shown(narrow.getByText(/^Eingereicht$/));
  await checkA11y(narrow, "eingereicht, 320 px");
  await narrow.context().close();
});
