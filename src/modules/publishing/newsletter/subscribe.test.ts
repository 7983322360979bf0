import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { hashToken } from "../../../platform/auth/tokens.ts";
import { subscribers } from "./tables.ts";
import { consentText } from "./texts.ts";
import { deleteUnconfirmed } from "./tasks.ts";
import { subscriberData } from "./privacy.ts";
import { renderToString } from "preact-render-to-string";
import { addConfirmedSubscriber, signUpForm } from "./testing.ts";
import { NewsletterBox } from "./views/box.tsx";
import { seedNewsletterDemo } from "./seed.ts";
import { articleChoices } from "./queries.ts";
import net, { type AddressInfo } from "node:net";
import { buildApp } from "../../../app.ts";
import { createMailer } from "../../../platform/mail/mailer.ts";
import { modules } from "../../index.ts";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let client = 0;
before(async () => {
  site = await startTestApp();
  await seedNewsletterDemo(site.database.db);
});
after(() => site.close());

/** Each test signs up from its own client address, so the per-address rate limit stays out of the way. */
const signUp = (email: string, consent = true) => signUpForm(site, consent ? { email, zustimmung: "ja" } : { email }, `10.0.0.${++client}`);
const subscriber = async (email: string) => (await site.database.db.select().from(subscribers).where(eq(subscribers.email, email)))[0];
const mailsTo = async (to: string) => {
  await site.deliverMail();
  return (await readOutbox(site.outboxDir)).filter((m) => m.to === to);
};
const linkIn = (text: string) => new URL(/https?:\/\/\S+\/newsletter\/bestaetigen\/\S+/.exec(text)![0]).pathname;

test("a visitor subscribes without an account and confirms with the button behind the mail's link; the proof is stored", async () => {
  const page = await site.app.inject({ url: "/newsletter" });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /<label class="kern-label" for="email">E-Mail-Adresse<\/label>/);
  assert.ok(page.body.includes(consentText), "the consent text is shown");
  assert.match(page.body, /Nr\. 1-2026/, "the web versions of sent issues are listed");
  assert.equal(page.headers["set-cookie"], undefined, "visitors get no cookie");

  const res = await signUp("Neu.Leserin@Example.org");
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, "/newsletter?stand=angemeldet");
  assert.match((await site.app.inject({ url: "/newsletter?stand=angemeldet" })).body, /Fast geschafft/);
  const [mail] = await mailsTo("neu.leserin@example.org");
  assert.match(mail.subject, /Bitte bestätigen Sie Ihr Newsletter-Abonnement/);
  const link = linkIn(mail.text);
  const token = link.split("/").pop()!;
  const pending = await subscriber("neu.leserin@example.org");
  assert.equal(pending.status, "pending");
  assert.equal(pending.consentText, consentText);
  assert.ok(Date.now() - pending.consentAt.getTime() < 60_000);
  assert.equal(pending.confirmTokenHash, hashToken(token), "only the token's SHA-256 hash is stored");

  const confirmPage = await site.app.inject({ url: link });
  assert.equal(confirmPage.statusCode, 200);
  assert.match(confirmPage.body, /Abonnement bestätigen<\/span><\/button>/);
  assert.equal((await subscriber("neu.leserin@example.org")).status, "pending", "opening the link confirms nothing");

  const confirmed = await site.submit(link, link, {});
  assert.equal(confirmed.statusCode, 303);
  assert.equal(confirmed.headers.location, "/newsletter?stand=bestaetigt");
  const row = await subscriber("neu.leserin@example.org");
  assert.equal(row.status, "confirmed");
  assert.ok(row.confirmedAt);
  assert.match((await site.app.inject({ url: link })).body, /bereits bestätigt/);
});

test("a second sign-up with the same address: no second subscriber, at most one mail an hour, the same answer", async () => {
  const email = "zweimal@example.org";
  const first = await signUp(email);
  const again = await signUp("  ZWEIMAL@example.org ");
  const unknown = await signUp("nie-gesehen@example.org");
  for (const res of [again, unknown]) assert.equal(res.headers.location, first.headers.location, "the answer does not tell whether the address is known");
  assert.equal((await site.database.db.select().from(subscribers).where(eq(subscribers.email, email))).length, 1);
  assert.equal((await mailsTo(email)).length, 1, "no second mail within the hour");

  await site.database.db
    .update(subscribers)
    .set({ lastConfirmationMailAt: new Date(Date.now() - 61 * 60_000) })
    .where(eq(subscribers.email, email));
  await signUp(email);
  const mails = await mailsTo(email);
  assert.equal(mails.length, 2, "after an hour a new mail");
  assert.equal((await site.app.inject({ url: linkIn(mails[0].text) })).statusCode, 404, "the older link is replaced");
  const link = linkIn(mails[1].text);
  assert.equal((await site.submit(link, link, {})).statusCode, 303);

  await site.database.db
    .update(subscribers)
    .set({ lastConfirmationMailAt: new Date(Date.now() - 2 * 3600_000) })
    .where(eq(subscribers.email, email));
  const confirmedAgain = await signUp(email);
  assert.equal(confirmedAgain.headers.location, first.headers.location);
  assert.equal((await mailsTo(email)).length, 2, "a confirmed address gets no mail");
  assert.equal((await subscriber(email)).status, "confirmed");
});

test("an expired or forged confirmation link gets a German message and 410 or 404, and confirms nothing", async () => {
  const email = "spaet@example.org";
  await signUp(email);
  const link = linkIn((await mailsTo(email))[0].text);
  const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
  await site.database.db.update(subscribers).set({ lastConfirmationMailAt: eightDaysAgo, consentAt: eightDaysAgo }).where(eq(subscribers.email, email));
  const expired = await site.app.inject({ url: link });
  assert.equal(expired.statusCode, 410);
  assert.match(expired.body, /Dieser Bestätigungslink ist abgelaufen/);
  assert.doesNotMatch(expired.body, /Abonnement bestätigen<\/span>/);
  assert.equal((await site.submit("/anmelden", link, {})).statusCode, 410);
  assert.equal((await subscriber(email)).status, "pending");

  for (const forged of ["/newsletter/bestaetigen/gefaelscht", `/newsletter/bestaetigen/${"x".repeat(43)}`]) {
    const res = await site.app.inject({ url: forged });
    assert.equal(res.statusCode, 404);
    assert.match(res.body, /Diesen Bestätigungslink kennen wir nicht/);
    assert.equal((await site.submit("/anmelden", forged, {})).statusCode, 404);
  }
  assert.equal((await site.app.inject({ url: `/newsletter/bestaetigen/${"x".repeat(500)}` })).statusCode, 414, "an overlong link is refused, not looked up");

  // Data protection: a sign-up not confirmed within seven days is deleted.
  assert.ok((await deleteUnconfirmed(site.database.db)) >= 1);
  assert.equal(await subscriber(email), undefined);
});

test("bad input: German messages next to the fields, status 422, nothing stored and no mail", async () => {
  const count = async () => (await site.database.db.select({ id: subscribers.id }).from(subscribers)).length;
  const before = await count();
  const noConsent = await signUp("ohne-haken@example.org", false);
  assert.equal(noConsent.statusCode, 422);
  assert.match(noConsent.body, /id="zustimmung-error".*Bitte bestätigen Sie mit dem Häkchen/s);
  assert.match(noConsent.body, /value="ohne-haken@example.org"/, "the entry is kept");
  for (const email of ["keine-adresse", "<script>alert(1)</script>@example.org", `${"a".repeat(300)}@example.org`, ""]) {
    const res = await signUp(email);
    assert.equal(res.statusCode, 422, email.slice(0, 20));
    assert.match(res.body, /id="email-error"/);
    assert.match(res.body, /Bitte korrigieren Sie Ihre Angaben/);
    assert.doesNotMatch(res.body, /<script>alert/);
  }
  assert.deepEqual(await count(), before);
  await site.deliverMail();
  assert.equal((await readOutbox(site.outboxDir)).filter((m) => /ohne-haken|script|aaaa|keine-adresse/.test(m.to)).length, 0);
});

test("more than ten sign-ups a minute from one client are refused", async () => {
  const statuses: number[] = [];
  for (let index = 0; index < 11; index++)
    statuses.push((await signUpForm(site, { email: `flut${index}@example.org`, zustimmung: "ja" }, "10.9.9.9")).statusCode);
  assert.deepEqual(statuses.slice(0, 10), Array(10).fill(303));
  assert.equal(statuses[10], 429);
});

test("the team exports and deletes a subscriber's data with the proof of consent", async () => {
  const email = "auskunft@example.org";
  await signUp(email);
  const found = await subscriberData.find(site.database.db, email);
  assert.equal(found[0]["E-Mail-Adresse"], email);
  assert.equal(found[0].Einwilligungstext, consentText);
  assert.equal(await subscriberData.erase(site.database.db, email), 1);
  assert.deepEqual(await subscriberData.find(site.database.db, email), []);
});

test("one-click unsubscribe: mail programs POST List-Unsubscribe=One-Click without a CSRF token; the page's button does the same", async () => {
  const oneClick = await addConfirmedSubscriber(site.database.db, "ein-klick@example.org");
  const url = `/newsletter/abmelden/${oneClick.unsubscribeToken}`;
  const page = await site.app.inject({ url });
  assert.equal(page.statusCode, 200);
  assert.match(page.body, /Newsletter abbestellen<\/span><\/button>/);
  assert.equal((await subscriber("ein-klick@example.org")).status, "confirmed", "opening the link changes nothing");
  const res = await site.app.inject({
    method: "POST",
    url,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "List-Unsubscribe=One-Click",
  });
  assert.equal(res.statusCode, 303);
  assert.equal((await subscriber("ein-klick@example.org")).status, "unsubscribed");
  assert.match((await site.app.inject({ url })).body, /Sie haben den Newsletter abbestellt/);
  assert.equal(
    (await site.app.inject({ method: "POST", url, headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "List-Unsubscribe=One-Click" }))
      .statusCode,
    303,
    "twice is fine",
  );

  const button = await addConfirmedSubscriber(site.database.db, "knopf@example.org");
  const buttonUrl = `/newsletter/abmelden/${button.unsubscribeToken}`;
  const buttonPage = await site.app.inject({ url: buttonUrl });
  assert.doesNotMatch(buttonPage.body, /name="_csrf"/, "the button's form carries no token");
  assert.equal(buttonPage.headers["set-cookie"], undefined, "and the page sets no cookie for one");
  const action = /<form method="post" action="([^"]+)"/.exec(buttonPage.body)![1];
  const clicked = await site.app.inject({ method: "POST", url: action, headers: { "content-type": "application/x-www-form-urlencoded" }, payload: "" });
  assert.equal(clicked.statusCode, 303);
  assert.equal((await subscriber("knopf@example.org")).status, "unsubscribed");

  const forged = await site.app.inject({
    method: "POST",
    url: "/newsletter/abmelden/gibt-es-nicht",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "List-Unsubscribe=One-Click",
  });
  assert.equal(forged.statusCode, 404);
  assert.match(forged.body, /Diesen Abmeldelink kennen wir nicht/);
  assert.equal((await site.app.inject({ url: "/newsletter/abmelden/gibt-es-nicht" })).statusCode, 404);
});

test("the box in the footer signs up without a CSRF token and hides on the newsletter's own pages", async () => {
  const res = await site.app.inject({
    method: "POST",
    url: "/newsletter/anmelden",
    remoteAddress: "10.1.1.1",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: "email=box%40example.org&zustimmung=ja",
  });
  assert.equal(res.statusCode, 303);
  assert.equal((await mailsTo("box@example.org")).length, 1);
  const box = renderToString(NewsletterBox({ ctx: { path: "/magazin" } }));
  assert.match(box, /<label class="kern-label" for="newsletter-box-email">E-Mail-Adresse<\/label>/);
  assert.match(box, /type="checkbox"/);
  assert.match(box, /Newsletter abonnieren<\/span><\/button>/);
  assert.equal(renderToString(NewsletterBox({ ctx: { path: "/newsletter" } })), "");

  // On a page with forms of its own (the kept article page with its comment form) the box still carries no token.
  const article = await site.app.inject({ url: `/magazin/${(await articleChoices(site.database.db))[0].slug}` });
  assert.match(article.body, /name="_csrf"/, "the page's own form has its token");
  const footerBox = /<form method="post" action="\/newsletter\/anmelden"[^>]*>(.*?)<\/form>/s.exec(article.body)![1];
  assert.doesNotMatch(footerBox, /_csrf/);
});

test("the footer parts come from the module manifests", () => {
  assert.deepEqual(
    site.app.deps.frame.footerParts,
    modules.flatMap((m) => m.footer ?? []),
  );
  assert.equal(site.app.deps.frame.footerParts.length, 1, "the newsletter box");
});

test("a mail server that is down does not fail the sign-up: the usual answer, and the mail goes out from the queue later", async () => {
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  const port = (closed.address() as AddressInfo).port;
  await new Promise((resolve) => closed.close(resolve));
  const { config } = site.app.deps;
  const app = await buildApp({
    config,
    database: site.database,
    mailer: createMailer({ smtpUrl: `smtp://127.0.0.1:${port}`, from: config.mailFrom, outboxDir: site.outboxDir }),
    logger: false,
  });
  try {
    const payload = new URLSearchParams({ email: "Post.Fehler@example.org", zustimmung: "ja" }).toString();
    const res = await app.inject({
      method: "POST",
      url: "/newsletter/anmelden",
      remoteAddress: "10.2.2.2",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      payload,
    });
    assert.equal(res.statusCode, 303, "before the queue: 503");
    assert.equal(res.headers.location, "/newsletter?stand=angemeldet");
  } finally {
    await app.close();
  }
  assert.equal((await subscriber("post.fehler@example.org")).status, "pending");
  const [mail] = await mailsTo("post.fehler@example.org");
  assert.match(mail.subject, /Bitte bestätigen Sie Ihr Newsletter-Abonnement/);
});
