// A member of the public registers for a "Kommune gestaltet!" date, corrects a wrong entry,
// confirms by the link in the e-mail, registers the same address again (answered like a new
// registration, the owner is told by mail), and cancels by the link that every registration mail
// carries. In a real
// Chromium; every page passes axe (WCAG 2.1 AA); no page talks to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import { browserTestFile, checkA11y, newPage, shown } from "./browser.ts";

const { env, b: right } = browserTestFile();

const visitor = { name: "Frieda Gast", email: "frieda.gast@traeger.example" };
const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Berlin" }).format(new Date());

/** The mails the app wrote to the outbox folder of the test app, once the queue is delivered. */
async function mailsTo(to: string) {
  return (await env.t.sentMails()).filter((m) => m.to === to);
}

/** The text of the elements that aria-describedby points to: the hint and the error next to the field. */
async function description(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" "),
  );
}

/** Fills and sends the public form; waits for the page the browser lands on. */
async function submitRegistration(page: Page, name: string, email: string, landsOn: string) {
  const form = page.getByRole("main");
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("E-Mail-Adresse").fill(email);
  await Promise.all([page.waitForURL(`**${landsOn}`), form.getByRole("button", { name: "Verbindlich anmelden" }).click()]);
}

test("a visitor registers for Kommune gestaltet!, confirms by the e-mail link; a second registration under the address reveals nothing and mails its owner", async () => {
  const page = await newPage(right);
  const downloads: string[] = [];
  page.on("download", (d) => downloads.push(d.url()));
  await page.goto("/");
  await shown(page.getByRole("heading", { level: 1 }));

  // Termine from the main navigation; only open dates are listed for visitors.
  await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Termine" }).click();
  await page.waitForURL("**/termine");
  await shown(page.getByRole("heading", { level: 1, name: "Termine" }));
  assert.equal(await page.getByRole("main").getByText("AG-Treffen").count(), 0, "cohort dates are not shown to visitors");
  await checkA11y(page, "Termine");
  const upcoming = page.getByRole("main").getByRole("link", { name: /^Kommune gestaltet!/ });
  assert.ok((await upcoming.count()) > 0, "at least one upcoming Kommune gestaltet! date");
  const title = (await upcoming.first().innerText()).trim();
  await upcoming.first().click();
  await page.waitForURL(/\/termine\/\d+$/);
  const eventPath = new URL(page.url()).pathname;
  await shown(page.getByRole("heading", { level: 1, name: title }));
  const day = await page.getByRole("main").locator("time").first().getAttribute("datetime");
  assert.ok(day && day >= today, `${title} liegt in der Zukunft (${day})`);
  await shown(page.getByRole("main").getByText("offen für alle"));
  await checkA11y(page, "Termin");

  // No name and a bad e-mail address: German messages next to the fields, the entries are kept.
  await submitRegistration(page, "", "frieda.gast-at-traeger.example", `${eventPath}/anmelden`);
  await shown(page.getByRole("alert").getByText("Bitte korrigieren Sie Ihre Angaben"));
  const name = page.getByRole("main").getByLabel("Name", { exact: true });
  const email = page.getByRole("main").getByLabel("E-Mail-Adresse");
  assert.equal(await name.getAttribute("aria-invalid"), "true");
  assert.equal(await email.getAttribute("aria-invalid"), "true");
  assert.match(await description(name), /Bitte geben Sie Ihren Namen ein\./);
  assert.match(await description(email), /Bitte geben Sie eine gültige E-Mail-Adresse ein\./);
  assert.equal(await email.inputValue(), "frieda.gast-at-traeger.example", "the entry is kept for correction");
  assert.deepEqual(await mailsTo("frieda.gast-at-traeger.example"), []);
  await checkA11y(page, "Anmeldung mit Fehlern");

  // Corrected: the visitor is asked to confirm by e-mail.
  await submitRegistration(page, visitor.name, visitor.email, `${eventPath}?stand=pending`);
  await shown(page.getByRole("status").getByText(/^Fast geschafft/));
  await checkA11y(page, "Fast geschafft");

  const [mail] = await mailsTo(visitor.email);
  assert.ok(mail, "a confirmation mail is in the outbox");
  assert.match(mail.subject, new RegExp(`Bitte bestätigen Sie Ihre Anmeldung: ${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  assert.match(mail.text, new RegExp(`Guten Tag ${visitor.name}`));
  const link = /https?:\/\/\S+\/termine\/\d+\/bestaetigen\/\S+/.exec(mail.text)?.[0];
  assert.ok(link, `no confirmation link in:\n${mail.text}`);
  // The link carries the configured base URL; the browser opens its path on the app under test.
  const confirmPath = new URL(link).pathname;
  assert.ok(confirmPath.startsWith(`${eventPath}/bestaetigen/`), confirmPath);

  await page.goto(confirmPath);
  await shown(page.getByRole("heading", { level: 1, name: "Anmeldung bestätigen" }));
  await shown(page.getByRole("main").getByText(title));
  await checkA11y(page, "Anmeldung bestätigen");
  await Promise.all([page.waitForURL(`**${eventPath}?stand=registered`), page.getByRole("button", { name: "Anmeldung bestätigen" }).click()]);
  await shown(page.getByRole("status").getByText("Sie sind angemeldet."));
  await checkA11y(page, "Angemeldet");
  const mails = await mailsTo(visitor.email);
  assert.equal(mails.length, 2, "a second mail confirms the seat");
  assert.doesNotMatch(mails[1].subject, /Bitte bestätigen/);

  // The link works once only (today the page still offers the button; the click then says so).
  await page.goto(confirmPath);
  const button = page.getByRole("button", { name: "Anmeldung bestätigen" });
  if (await button.count()) await button.click();
  await shown(page.getByRole("main").getByText("Dieser Link gilt nicht mehr"));
  await checkA11y(page, "Link verbraucht");

  // The same address (other spelling) a second time is answered like a new registration, so the form
  // tells nobody who is registered; the owner of the address is told by mail instead.
  await page.goto(eventPath);
  await submitRegistration(page, visitor.name, visitor.email.toUpperCase(), `${eventPath}?stand=pending`);
  await shown(page.getByRole("status").getByText(/^Fast geschafft/));
  await checkA11y(page, "bereits angemeldet");
  const told = await mailsTo(visitor.email);
  assert.equal(told.length, 3, "one mail to the owner");
  assert.match(told[2].text, /Sie sind für diesen Termin bereits angemeldet/);

  // The confirmation mail links to the registration: the visitor sees it and cancels it there.
  const manageLink = /https?:\/\/\S+\/termine\/\d+\/anmeldung\/\S+/.exec(mails[1].text)?.[0];
  assert.ok(manageLink, `no link to the registration in:\n${mails[1].text}`);
  const managePath = new URL(manageLink).pathname;
  await page.goto(managePath);
  await shown(page.getByRole("heading", { level: 1, name: "Ihre Anmeldung" }));
  await shown(page.getByRole("main").getByText(visitor.name));
  await shown(page.getByRole("main").getByText("angemeldet", { exact: true }));
  await checkA11y(page, "Ihre Anmeldung");
  await Promise.all([page.waitForURL(`**${eventPath}?stand=cancelled`), page.getByRole("button", { name: "Anmeldung absagen" }).click()]);
  await shown(page.getByRole("status").getByText("Ihre Anmeldung ist zurückgezogen."));
  await checkA11y(page, "Abgesagt");
  await page.goto(managePath);
  await shown(page.getByRole("main").getByText("Dieser Link gilt nicht mehr"));
  assert.equal(await page.getByRole("button", { name: "Anmeldung absagen" }).count(), 0, "a used link cancels nothing");
  assert.deepEqual(downloads, [], "nothing was downloaded");
  await page.context().close();
});
