// The editor logs in and lands on "Mein K360", which says how many comments wait. She opens the
// header's "Redaktion" menu, follows "Kommentare" with its count to the moderation queue and
// approves or rejects every waiting comment until none is left; the header's count goes with them.
// In a real Chromium; every page passes axe; no page talks to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { and, desc, eq, lte, sql } from "drizzle-orm";
import { browserTestFile, checkA11y, shown, signedIn } from "./browser.ts";
import { articles, comments, ensureMagazineDemo, validComment, writeComment } from "../../src/modules/publishing/testing.ts";

const { env, b: right } = browserTestFile();

/** Two readers comment on the newest open article, beside what already waits in the demo data; returns how many wait. */
async function readersComment(): Promise<number> {
  const { db } = env.t.database;
  await ensureMagazineDemo(db);
  const [newest] = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(eq(articles.status, "published"), lte(articles.publishAt, sql`now()`), eq(articles.commentsOpen, true)))
    .orderBy(desc(articles.publishAt))
    .limit(1);
  for (const name of ["Greta Leserin", "Paul Berger"])
    assert.equal((await writeComment(env.t, newest.slug, validComment({ commentName: name }))).statusCode, 303);
  return (await db.select().from(comments).where(eq(comments.status, "pending"))).length;
}

test("the editor clears the comment queue from the header", async () => {
  const waiting = await readersComment();
  assert.ok(waiting >= 2);
  const page = await signedIn(right, "redaktion@k360.example");
  assert.equal(new URL(page.url()).pathname, "/mein-k360", "after login the editor lands on Mein K360");
  await shown(page.getByRole("heading", { level: 1, name: "Mein K360" }));
  await shown(page.getByRole("heading", { level: 2, name: `${waiting} Kommentare warten auf die Freigabe` }));
  assert.equal(await page.getByRole("link", { name: "Programmsteuerung" }).count(), 0, "no program links for the editor");
  await checkA11y(page, "Mein K360");

  await page.getByText("Redaktion", { exact: true }).click();
  await checkA11y(page, "Mein K360 mit offenem Redaktionsmenü");
  await Promise.all([page.waitForURL("**/magazin/kommentare"), page.getByRole("link", { name: `Kommentare (${waiting})`, exact: true }).click()]);
  await shown(page.getByRole("heading", { level: 1, name: "Kommentare moderieren" }));
  await checkA11y(page, "Moderation");

  const pending = () => page.getByRole("article").filter({ has: page.getByRole("button", { name: /^Ablehnen/ }) });
  for (let left = waiting; left > 0; left--) {
    assert.equal(await pending().count(), left);
    const entry = pending().first();
    const [decision, notice] = left % 2 === 0 ? ["Freigeben", "Der Kommentar ist freigegeben."] : ["Ablehnen", "Der Kommentar ist abgelehnt."];
    await Promise.all([page.waitForURL(/stand=/), entry.getByRole("button", { name: new RegExp(`^${decision} – Kommentar von`) }).click()]);
    await shown(page.getByRole("status").getByText(notice, { exact: false }));
    await checkA11y(page, `Moderation, noch ${left - 1} offen`);
  }
  assert.equal(await pending().count(), 0);

  await page.getByRole("link", { name: "Mein K360", exact: true }).click();
  await shown(page.getByText("Kein Kommentar wartet auf die Freigabe."));
  await page.getByText("Redaktion", { exact: true }).click();
  await shown(page.getByRole("link", { name: "Kommentare", exact: true }));
  await checkA11y(page, "Mein K360 ohne wartende Kommentare");
  await page.context().close();
});
