// A visitor subscribes to the newsletter without an account, confirms through the link in the
// e-mail, receives an issue and unsubscribes in one click from the link in it. In a real Chromium;
// every page passes axe (WCAG 2.1 AA); no page talks to another host.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { browserTestFile, checkA11y, newPage, shown } from "./browser.ts";
import { issues, subscribers, startSending, sendQueued } from "../../src/modules/publishing/testing.ts";
import { readOutbox } from "../../src/testing.ts";

const { env, b: right } = browserTestFile();
const email = "lotte.leserin@example.org";

const mailsTo = async (to: string) => {
  await env.t.deliverMail();
  return (await readOutbox(env.t.outboxDir)).filter((m) => m.to === to);
};
const status = async () => (await env.t.database.db.select().from(subscribers).where(eq(subscribers.email, email)))[0]?.status;

test("a visitor subscribes, confirms through the mail's link and unsubscribes in one click from an issue", async () => {
  const page = await newPage(right);
  await page.goto("/newsletter");
  await shown(page.getByRole("heading", { level: 1, name: "Newsletter" }));
  await checkA11y(page, "Newsletter");
  const form = page.getByRole("main");

  // Without the tick: a German message at the checkbox, nothing stored.
  await form.getByLabel("E-Mail-Adresse", { exact: true }).fill(email);
  await Promise.all([page.waitForURL("**/newsletter/anmelden"), form.getByRole("button", { name: "Newsletter abonnieren" }).click()]);
  await shown(page.getByRole("alert").getByText("Bitte korrigieren Sie Ihre Angaben"));
  await shown(form.getByText("Bitte bestätigen Sie mit dem Häkchen"));
  assert.equal(await status(), undefined);
  await checkA11y(page, "Anmeldung ohne Einwilligung");

  await form.getByRole("checkbox").check();
  await Promise.all([page.waitForURL("**/newsletter?stand=angemeldet"), form.getByRole("button", { name: "Newsletter abonnieren" }).click()]);
  await shown(page.getByRole("status").getByText(/^Fast geschafft/));
  await checkA11y(page, "Fast geschafft");

  const [confirmation] = await mailsTo(email);
  const link = /https?:\/\/\S+\/newsletter\/bestaetigen\/\S+/.exec(confirmation.text)?.[0];
  assert.ok(link, `no confirmation link in:\n${confirmation.text}`);
  await page.goto(new URL(link).pathname);
  await shown(page.getByRole("heading", { level: 1, name: "Newsletter-Abonnement bestätigen" }));
  await checkA11y(page, "Bestätigen");
  assert.equal(await status(), "pending", "opening the link alone confirms nothing");
  await Promise.all([page.waitForURL("**/newsletter?stand=bestaetigt"), page.getByRole("button", { name: "Abonnement bestätigen" }).click()]);
  await shown(page.getByRole("status").getByText("Ihr Abonnement ist bestätigt"));
  assert.equal(await status(), "confirmed");

  // The team sends an issue; the background sender delivers it.
  const { db } = env.t.database;
  const [issue] = await db
    .insert(issues)
    .values({ number: "4-2026", title: "Winterausgabe zum Ausprobieren", editorial: "Ein kurzer Gruß aus der Redaktion." })
    .returning();
  await startSending(db, issue.id, "k360.example");
  await sendQueued(env.t.app, new AbortController().signal);
  const [newsletter] = (await mailsTo(email)).filter((m) => m.subject.startsWith("Newsletter Nr. 4-2026"));
  assert.match(newsletter.head, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  const unsubscribe = /^List-Unsubscribe: <(.+)>$/m.exec(newsletter.head)![1];
  assert.ok(newsletter.text.includes(unsubscribe), "the same link is in the mail's text");

  await page.goto(`/newsletter/${issue.number}`);
  await shown(page.getByRole("heading", { level: 1, name: "Winterausgabe zum Ausprobieren" }));
  await checkA11y(page, "Webfassung");

  await page.goto(new URL(unsubscribe).pathname);
  await shown(page.getByRole("heading", { level: 1, name: "Newsletter abbestellen" }));
  await checkA11y(page, "Abbestellen");
  await page.getByRole("button", { name: "Newsletter abbestellen" }).click();
  await shown(page.getByRole("status").getByText("Sie haben den Newsletter abbestellt"));
  await checkA11y(page, "Abbestellt");
  assert.equal(await status(), "unsubscribed");
  await page.context().close();
});
