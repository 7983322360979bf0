// A reader opens a Magazin article, writes a comment (first forgetting the netiquette), is thanked
// and does not see it yet; the editor approves it in the moderation queue; the reader then finds it
// published, without the e-mail address. In a real Chromium; every page passes axe; no page talks
// to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { and, desc, eq, lte, sql } from "drizzle-orm";
import { browserTestFile, checkA11y, newPage, shown, signedIn } from "./browser.ts";
import { ensureMagazineDemo, articles, seedCommentsDemo } from "../../src/modules/publishing/testing.ts";

const { env, b: right } = browserTestFile();
const reader = { name: "Greta Leserin", email: "greta.leserin@beispiel.example" };
const text = "Wir haben ähnliche Erfahrungen gemacht.\nBei uns halfen feste Sprechzeiten im Jugendzentrum.";
let article = { slug: "", title: "" };

/** The Magazin's demo articles with their comments; the newest open article is the one the reader comments on. */
async function prepareArticle() {
  const { db } = env.t.database;
  await ensureMagazineDemo(db);
  await seedCommentsDemo(db);
  const [newest] = await db
    .select({ slug: articles.slug, title: articles.title })
    .from(articles)
    .where(and(eq(articles.status, "published"), lte(articles.publishAt, sql`now()`), eq(articles.commentsOpen, true)))
    .orderBy(desc(articles.publishAt))
    .limit(1);
  article = newest;
}

test("a reader writes a comment under an article; it waits for the editors", async () => {
  await prepareArticle();
  const page = await newPage(right);
  await page.goto("/magazin");
  await checkA11y(page, "Magazin");
  await page.getByRole("main").getByRole("link", { name: article.title }).first().click();
  await shown(page.getByRole("heading", { level: 1, name: article.title }));
  await shown(page.getByRole("heading", { level: 2, name: /Kommentare/ }));
  await checkA11y(page, "Beitrag mit Kommentaren");

  const form = page.getByRole("form", { name: "Kommentar schreiben" });
  await form.getByLabel("Ihr Name").fill(reader.name);
  await form.getByLabel("Ihre E-Mail-Adresse").fill(reader.email);
  await form.getByLabel("Ihr Kommentar").fill(text);
  await form.getByRole("button", { name: "Kommentar absenden" }).click();
  await shown(page.getByText("Bitte korrigieren Sie Ihre Angaben"));
  await shown(page.getByText("Bitte bestätigen Sie, dass Sie die Netiquette gelesen haben"));
  assert.equal(await page.getByLabel("Ihr Kommentar").inputValue(), text, "the typed text is kept");
  await checkA11y(page, "Kommentar mit Fehler");

  await page.getByLabel("Ich habe die Netiquette gelesen und halte mich daran").check();
  await Promise.all([page.waitForURL(/kommentar=eingegangen/), page.getByRole("button", { name: "Kommentar absenden" }).click()]);
  await shown(page.getByText("Danke! Ihr Kommentar erscheint, sobald die Redaktion ihn freigegeben hat."));
  assert.equal(await page.getByText("feste Sprechzeiten im Jugendzentrum").count(), 0, "not shown before approval");
  await checkA11y(page, "Kommentar eingegangen");
  await page.context().close();
});

test("the editor approves the comment in the moderation queue", async () => {
  const page = await signedIn(right, "redaktion@k360.example");
  await page.goto("/magazin/kommentare");
  await shown(page.getByRole("heading", { level: 1, name: "Kommentare moderieren" }));
  await checkA11y(page, "Moderation");
  const entry = page.getByRole("article", { name: `${reader.name} zu „${article.title}“` });
  await shown(entry);
  await Promise.all([page.waitForURL(/stand=freigegeben/), entry.getByRole("button", { name: `Freigeben – Kommentar von ${reader.name}` }).click()]);
  await shown(page.getByText("Der Kommentar ist freigegeben."));
  await checkA11y(page, "Moderation nach Freigabe");
  await page.context().close();
});

test("the reader finds the comment published, with line breaks and without the e-mail address", async () => {
  const page = await newPage(right);
  await page.goto(`/magazin/${article.slug}`);
  const comment = page.getByRole("article", { name: `Kommentar von ${reader.name}` });
  await shown(comment);
  assert.match(await comment.innerText(), /ähnliche Erfahrungen gemacht\.\s*\n\s*Bei uns halfen feste Sprechzeiten/);
  assert.ok(!(await page.content()).includes(reader.email), "the e-mail address is not published");
  await checkA11y(page, "Beitrag mit freigegebenem Kommentar");
  await page.context().close();
});
