import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { subscribers } from "./tables.ts";
import { saveIssue } from "./commands/save-issue.ts";
import { sendQueued } from "./tasks.ts";
import { addConfirmedSubscriber, signUpForm } from "./testing.ts";
import { operator } from "../pages/texts/operator.ts";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;

before(async () => {
  site = await startTestApp();
  editor = await site.sessionFor("editor");
  await site.database.db.delete(subscribers);
});
after(() => site.close());

const editorial = "## Neues aus dem **Netzwerk**\n\nLesen Sie [den Bericht](/magazin) und _mehr_.\n\n- Beteiligung\n- Planung";

const identifies = (text: string) => {
  assert.ok(text.includes(operator.name), "the operator's name");
  assert.ok(text.includes(`${operator.street}, ${operator.postcode} ${operator.city}`), "the operator's address");
  assert.ok(text.includes("/impressum"), "the Impressum");
};

test("the confirmation mail names the provider with its address and the Impressum", async () => {
  const res = await signUpForm(site, { email: "impressum@example.org", zustimmung: "ja" }, "10.9.0.1");
  assert.equal(res.statusCode, 303);
  await site.deliverMail();
  const [mail] = (await readOutbox(site.outboxDir)).filter((m) => m.to === "impressum@example.org");
  identifies(mail.text);
});

test("an issue's mail has the provider's identification in both parts and a plain-text part without Markdown", async () => {
  await addConfirmedSubscriber(site.database.db, "leserin@example.org");
  const saved = await saveIssue(site.database.db, 1, null, { number: "30-2026", title: "Ausgabe ohne Sternchen", editorial });
  assert.ok(saved.ok);
  const sent = await site.submit(`/newsletter/redaktion/${saved.value}/senden`, `/newsletter/redaktion/${saved.value}/senden`, { bestaetigt: "ja" }, editor);
  assert.equal(sent.statusCode, 303);
  await sendQueued(site.app, new AbortController().signal, 10);
  const [mail] = (await readOutbox(site.outboxDir)).filter((m) => m.to === "leserin@example.org");
  identifies(mail.text);
  identifies(mail.html!);
  assert.ok(
    mail.text.includes("Neues aus dem Netzwerk\n\nLesen Sie den Bericht (http://127.0.0.1:3000/magazin) und mehr.\n\n– Beteiligung\n– Planung"),
    mail.text,
  );
  assert.doesNotMatch(mail.text, /##|\*\*|_mehr_|\]\(/);
});
