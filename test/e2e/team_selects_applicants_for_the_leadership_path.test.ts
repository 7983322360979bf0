// The selection runs on the 60 example applications of the Lernpfad Führung and the team overrides one
// choice: it takes a proposed person out, admits someone from the waiting list and chooses whom they
// replace, and sends the decisions, one mail per application. Accepted people answer by their link; a
// decline offers the seat to the next on the waiting list. In a real Chromium; every page passes axe
// (WCAG 2.1 AA); no foreign hosts.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Locator, Page } from "playwright-core";
import { browserTestFile, shown, signedIn, checkA11y, newPage } from "./browser.ts";
import { readOutbox } from "../../src/testing.ts";

const { env, b: right } = browserTestFile();

const title = "Lernpfad Führung";
const confirmation = "Ich habe den Vorschlag geprüft und möchte die Entscheidungen versenden.";
interface Person {
  name: string;
  email: string;
}

const proposed = (page: Page) => page.getByRole("table", { name: /^Vorgeschlagene Gruppe \(\d+\)$/ });
const ranking = (page: Page) => page.getByRole("table", { name: /^Rangfolge nach der Gruppe \(\d+\)$/ });
const rowOf = (table: Locator, person: Person) => table.getByRole("row").filter({ hasText: person.email });

/** Name and address from the row header of every application in the table. */
async function people(table: Locator): Promise<Person[]> {
  const headers = await table.getByRole("rowheader").allInnerTexts();
  return headers.map((text) => {
    const [name, email] = text
      .split("\n")
      .map((s) => s.trim())
      .filter(Boolean);
    return { name, email };
  });
}

/** The cell texts of a person's row: Kommune, Funktion, Arbeitsfeld, Tandem, Motivation, Begründung, Ergebnis, Auswahl. */
const cell = (table: Locator, person: Person, n: number) => rowOf(table, person).getByRole("cell").nth(n);

async function checkTeamPage(page: Page, label: string) {
  await shown(page.getByRole("heading", { level: 1, name: `Bewerbungen: ${title}` }));
  await checkA11y(page, label);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function override(page: Page, table: Locator, person: Person, button: "Nicht aufnehmen" | "Aufnehmen", label: string) {
  await Promise.all([page.waitForURL(/\?stand=gesetzt#bewerbung-\d+$/), buttonFor(table, person, button).click()]);
  await shown(page.getByRole("status").getByText("Die Auswahl ist angepasst."));
  await checkTeamPage(page, label);
}

// The visually hidden ": name" makes each button unique for screen readers; Chromium puts a space before the colon.
const buttonFor = (table: Locator, person: Person, button: string) =>
  rowOf(table, person).getByRole("button", { name: new RegExp(`^${button} ?: ${escapeRegExp(person.name)}$`) });

const summary = (page: Page) =>
  page.getByRole("heading", { level: 2, name: "Zusammensetzung der Gruppe" }).locator("xpath=following-sibling::ul[1]").getByRole("listitem").allInnerTexts();
const linkIn = (text: string) => new URL(/https?:\/\/\S+\/zusage\/\S+/.exec(text)![0]).pathname;

let teamPath = "";
const answers = { decliner: { name: "", email: "" }, declineLink: "", acceptLink: "", giver: { name: "", email: "" } };

test("a visitor finds the application form closed because the deadline has passed", async () => {
  const page = await newPage(right);
  await page.goto("/lernpfade/lernpfad-fuehrung/bewerbung");
  await shown(page.getByRole("heading", { level: 1, name: `Bewerbung für den ${title}` }));
  await shown(page.getByRole("status").getByText("Die Bewerbungsfrist ist am 30. September 2025 abgelaufen. Bewerbungen sind nicht mehr möglich."));
  assert.equal(await page.getByRole("button", { name: "Bewerbung absenden" }).count(), 0, "no form after the deadline");
  await checkA11y(page, "Bewerbungsformular nach der Frist");
  await page.context().close();
});

test("the team sees 7 proposed people with reasons, overrides one choice and sends the decisions", async () => {
  const page = await signedIn(right, "admin@k360.example");
  await page.getByRole("link", { name: "Programmsteuerung", exact: true }).click();
  await page.waitForURL("**/programm");
  await shown(page.getByRole("heading", { level: 1, name: "Programmsteuerung" }));
  await checkA11y(page, "Programmsteuerung");
  await page
    .getByRole("main")
    .getByRole("link", { name: `Bewerbungen ${title}`, exact: true })
    .click();
  await page.waitForURL(/\/programm\/bewerbungen\/\d+$/);
  teamPath = new URL(page.url()).pathname;
  await checkTeamPage(page, "Bewerbungen");
  await shown(page.getByText(/60 Bewerbungen für 7 freie Plätze/));

  // The proposal: seven people, each with at least one reason; the spread of pool and group as a table.
  const before = await people(proposed(page));
  assert.equal(before.length, 7, "7 proposed people");
  assert.equal(new Set(before.map((p) => p.email)).size, 7);
  for (const person of before) {
    const reasons = await cell(proposed(page), person, 5).getByRole("listitem").allInnerTexts();
    assert.ok(reasons.length >= 1 && reasons.every((r) => r.trim()), `reasons for ${person.name}: ${JSON.stringify(reasons)}`);
    assert.equal((await cell(proposed(page), person, 6).innerText()).trim(), "Zusage", person.name);
  }
  const spread = page.getByRole("table", { name: "Streuung: alle Bewerbungen und die vorgeschlagene Gruppe im Vergleich" });
  await shown(spread);
  await shown(spread.getByRole("columnheader", { name: "Bewerbungen (60)" }));
  await shown(spread.getByRole("columnheader", { name: "Gruppe (7)" }));
  await shown(spread.getByRole("rowheader", { name: /^Bundesländer: \d+ von \d+ vertreten$/ }));
  assert.equal((await people(ranking(page))).length, 53);

  // "Nicht aufnehmen": the person leaves the group and exactly one other person joins it.
  const out = before[2];
  await override(page, proposed(page), out, "Nicht aufnehmen", "nach Nicht aufnehmen");
  const afterExclude = await people(proposed(page));
  assert.equal(afterExclude.length, 7, "still 7 proposed");
  assert.ok(!afterExclude.some((p) => p.email === out.email), `${out.name} is no longer proposed`);
  const joined = afterExclude.filter((p) => !before.some((q) => q.email === p.email));
  assert.equal(joined.length, 1, `exactly one new person: ${joined.map((p) => p.name).join(", ")}`);
  const dropped = page.getByRole("table", { name: /^Vom Team nicht aufgenommen oder bereits beschieden \(1\)$/ });
  await shown(rowOf(dropped, out));
  assert.equal((await cell(dropped, out, 5).innerText()).trim(), "vom Team nicht aufgenommen");

  // "Aufnehmen" for someone on the waiting list: all seats are taken, so the team chooses whom they replace.
  const waiting: Person[] = [];
  for (const person of await people(ranking(page))) {
    if ((await cell(ranking(page), person, 6).innerText()).trim() === "Warteliste") waiting.push(person);
  }
  assert.equal(waiting.length, 5, "5 places on the waiting list");
  const chosenByTeam = waiting[3];
  await buttonFor(ranking(page), chosenByTeam, "Aufnehmen").click();
  await shown(page.getByRole("alert").getByText("Alle Plätze sind vergeben: Bitte wählen Sie, wer aus der vorgeschlagenen Gruppe den Platz abgibt."));
  await checkTeamPage(page, "Aufnehmen ohne Wahl");
  assert.deepEqual(await people(proposed(page)), afterExclude, "nothing changed");
  const giver = afterExclude[4];
  const choice = rowOf(ranking(page), chosenByTeam).getByLabel(`Platz gibt ab (für ${chosenByTeam.name})`);
  assert.deepEqual(
    (await choice.getByRole("option").allInnerTexts()).slice(1).sort(),
    afterExclude.map((p) => p.name).sort(),
    "the choice is among the proposed group",
  );
  await choice.selectOption({ label: giver.name });
  await override(page, ranking(page), chosenByTeam, "Aufnehmen", "nach Aufnehmen");
  const final = await people(proposed(page));
  assert.deepEqual(
    final.map((p) => p.email).sort(),
    [...afterExclude.filter((p) => p.email !== giver.email), chosenByTeam].map((p) => p.email).sort(),
    `${chosenByTeam.name} takes the seat of ${giver.name}, nobody else moves`,
  );
  assert.equal((await cell(proposed(page), chosenByTeam, 6).innerText()).trim(), "Zusage – vom Team gesetzt");
  assert.equal(await proposed(page).getByText("Zusage – vom Team gesetzt").count(), 1, "only the forced person is marked");
  const [first] = await people(ranking(page));
  assert.equal(first.email, giver.email, `${giver.name} heads the waiting list`);
  assert.equal((await cell(ranking(page), giver, 6).innerText()).trim(), "Warteliste");
  assert.match(await cell(ranking(page), giver, 5).innerText(), new RegExp(`gibt den Platz nach Wahl des Teams an ${escapeRegExp(chosenByTeam.name)} ab`));
  const sentences = await summary(page);
  assert.ok(
    sentences.some((s) => s.includes(`dafür gibt ${giver.name} nach Wahl des Teams den Platz ab und steht vorn auf der Warteliste`)),
    sentences.join(" / "),
  );

  // A colleague from the team has the same page open in her own browser.
  const colleague = await signedIn(right, "redaktion@k360.example");
  await colleague.goto(teamPath);
  await checkTeamPage(colleague, "Bewerbungen (Redaktion)");

  // Send: one mail per application, the button says how many.
  const send = page.getByRole("button", { name: "60 E-Mails versenden (7 Zusagen, 5 Warteliste, 48 Absagen)", exact: true });
  await shown(send);
  await page.getByLabel(confirmation).check();
  await Promise.all([page.waitForURL(/\?stand=versandt&zusagen=7&warteliste=5&absagen=48$/), send.click()]);
  await shown(page.getByRole("status").getByText("60 E-Mails sind versandt: 7 Zusagen, 5 Plätze auf der Warteliste, 48 Absagen."));
  await shown(page.getByText("Alle Entscheidungen sind versandt."));
  assert.equal(await page.getByRole("button", { name: /versenden/ }).count(), 0, "no second send button");
  assert.equal(await page.getByRole("button", { name: /aufnehmen/i }).count(), 0, "sent decisions cannot be changed here");
  assert.deepEqual(await summary(page), sentences, "the summary still compares the group with all 60 applications");
  await checkTeamPage(page, "Entscheidungen versandt");

  await env.t.deliverMail();
  const mails = (await readOutbox(env.t.outboxDir)).filter((m) => m.subject.endsWith(`: ${title}`));
  assert.equal(mails.length, 60, "one mail per application");
  assert.equal(new Set(mails.map((m) => m.to)).size, 60, "nobody gets two mails");
  const subjects = (kind: string) => mails.filter((m) => m.subject === `${kind}: ${title}`);
  assert.deepEqual([subjects("Zusage").length, subjects("Warteliste").length, subjects("Ihre Bewerbung").length], [7, 5, 48]);
  assert.deepEqual(
    subjects("Zusage")
      .map((m) => m.to)
      .sort(),
    final.map((p) => p.email).sort(),
    "the acceptances go to the final group",
  );
  const mailTo = (person: Person) => mails.find((m) => m.to === person.email)!;
  assert.equal(mailTo(out).subject, `Ihre Bewerbung: ${title}`);
  assert.match(mailTo(out).text, new RegExp(`^Guten Tag ${out.name},`));
  assert.match(mailTo(chosenByTeam).text, /Sie erhalten einen der 7 freien Plätze im Lernpfad Führung/);
  assert.ok(subjects("Warteliste").every((m) => /Sie stehen auf Platz [1-5] der Warteliste/.test(m.text)));
  assert.match(mailTo(giver).text, /Sie stehen auf Platz 1 der Warteliste/);
  answers.decliner = final.find((p) => p.email !== chosenByTeam.email)!;
  answers.declineLink = linkIn(mailTo(answers.decliner).text);
  answers.acceptLink = linkIn(mailTo(chosenByTeam).text);
  answers.giver = giver;
  await page.context().close();

  // The colleague presses send on her stale page: nothing goes out a second time.
  await colleague.getByLabel(confirmation).check();
  await Promise.all([
    colleague.waitForURL(/\?stand=versandt&zusagen=0&warteliste=0&absagen=0$/),
    colleague.getByRole("button", { name: /^60 E-Mails versenden/ }).click(),
  ]);
  await shown(colleague.getByRole("status").getByText("Alle Entscheidungen waren bereits versandt; es ging keine weitere E-Mail hinaus."));
  await checkTeamPage(colleague, "erneut versandt");
  await env.t.deliverMail();
  assert.equal((await readOutbox(env.t.outboxDir)).filter((m) => m.subject.endsWith(`: ${title}`)).length, 60, "no second mail");
  await colleague.context().close();
});

test("an accepted person takes the seat; another declines and the seat goes to the head of the waiting list", async () => {
  const accepting = await newPage(right);
  await accepting.goto(answers.acceptLink);
  await shown(accepting.getByRole("heading", { level: 1, name: `Ihr Platz im ${title}` }));
  await checkA11y(accepting, "Platz annehmen");
  await accepting.getByRole("button", { name: "Platz annehmen" }).click();
  await shown(accepting.getByRole("status").getByText("Sie haben den Platz angenommen. Wir freuen uns auf Sie!"));
  await shown(accepting.getByText(/Ihr Konto bei K360 ist eingerichtet/));
  await checkA11y(accepting, "Platz angenommen");
  await accepting.context().close();

  const declining = await newPage(right);
  await declining.goto(answers.declineLink);
  await declining.getByRole("button", { name: "Platz abgeben" }).click();
  await shown(declining.getByRole("status").getByText(/Sie haben den Platz abgegeben/));
  await checkA11y(declining, "Platz abgegeben");
  await declining.context().close();

  await env.t.deliverMail();
  const offer = (await readOutbox(env.t.outboxDir)).filter((m) => m.to === answers.giver.email).at(-1)!;
  assert.equal(offer.subject, `Ein Platz ist frei geworden: ${title}`);
  const offered = await newPage(right);
  await offered.goto(linkIn(offer.text));
  await shown(offered.getByRole("button", { name: "Platz annehmen" }));
  await checkA11y(offered, "Platz angeboten");
  await offered.context().close();

  const team = await signedIn(right, "admin@k360.example");
  await team.goto(teamPath);
  await checkTeamPage(team, "nach Zu- und Absagen");
  const group = await people(proposed(team));
  assert.equal(group.length, 7);
  assert.ok(
    group.some((p) => p.email === answers.giver.email),
    `${answers.giver.name} has the freed seat`,
  );
  assert.ok(!group.some((p) => p.email === answers.decliner.email), `${answers.decliner.name} gave it up`);
  await team.context().close();
});
