import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { blockAddress } from "./commands/block-address.ts";
import { decideComment } from "./commands/decide-comment.ts";
import { renderToString } from "preact-render-to-string";
import { findVisibleArticle } from "../magazine/queries/articles.ts";
import { statementsDuring } from "../magazine/testing.ts";
import { commentsOf, createArticle, freshAddress, preparedComment, validComment, writeComment } from "./testing.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { Checkbox } from "../../../platform/views/form.tsx";

let site: TestApp;
let article: Awaited<ReturnType<typeof createArticle>>;

before(async () => {
  site = await startTestApp();
  article = await createArticle(site.database.db);
});
after(() => site.close());

const page = async (query = "") => (await site.app.inject({ url: `/magazin/${article.slug}${query}` })).body;
const stored = () => commentsOf(site.database.db, article.id);

test("a reader writes a comment: thanked, not shown until the team approves it, and no IP address kept", async () => {
  const res = await writeComment(site, article.slug, validComment({ commentBody: "Wir haben das Jugendforum zweimal im Jahr eingeführt." }));
  assert.equal(res.statusCode, 303);
  assert.equal(res.headers.location, `/magazin/${article.slug}?kommentar=eingegangen#kommentare`);
  const after = await page("?kommentar=eingegangen");
  assert.match(after, /Danke! Ihr Kommentar erscheint, sobald die Redaktion ihn freigegeben hat\./);
  assert.doesNotMatch(after, /Jugendforum zweimal im Jahr/);
  const [row] = (await stored()).slice(-1);
  assert.equal(row.status, "pending");
  assert.ok(
    Object.keys(row).every((k) => !/ip|address/i.test(k)),
    "no column for an IP address",
  );
  assert.ok(!JSON.stringify(row).includes("10.0."), "the client address is nowhere in the row");
});

test("the comment form: netiquette, e-mail not published, a honeypot that is labelled and out of the tab order, valid HTML", async () => {
  const html = await page();
  assert.match(html, /Unsere Netiquette/);
  assert.match(html, /Ich habe die Netiquette gelesen und halte mich daran/);
  assert.match(html, /Wird nicht veröffentlicht/);
  assert.match(
    html,
    /<div class="kern-sr-only"><label for="website">Bitte leer lassen<\/label><input type="text" id="website" name="website" value tabindex="-1" autocomplete="off"\/>/,
  );
  assert.deepEqual(await htmlProblems(html), []);
});

test("bad input: German messages next to the fields, status 422, the typed text kept and nothing stored", async () => {
  const before = (await stored()).length;
  const empty = await writeComment(site, article.slug, { commentName: "L", commentEmail: "keine-adresse", commentBody: "   " });
  assert.equal(empty.statusCode, 422);
  assert.match(empty.body, /id="commentName-error".*Namen mit 2 bis 80 Zeichen/s);
  assert.match(empty.body, /id="commentEmail-error".*gültige E-Mail-Adresse/s);
  assert.match(empty.body, /id="commentBody-error".*Bitte schreiben Sie Ihren Kommentar/s);
  assert.match(empty.body, /id="netiquette-error".*Netiquette gelesen haben/s);
  assert.match(
    empty.body,
    /<input class="kern-form-check__checkbox" id="netiquette" name="netiquette" value="ja" type="checkbox" required aria-describedby="netiquette-error" aria-invalid="true"\/>/,
  );
  assert.match(empty.body, /Bitte korrigieren Sie Ihre Angaben/);
  assert.deepEqual(await htmlProblems(empty.body), []);
  const huge = await writeComment(site, article.slug, validComment({ commentBody: "Ä".repeat(100_000) }));
  assert.equal(huge.statusCode, 422);
  assert.match(huge.body, /Ihr Kommentar hat 100\.000 Zeichen\. Bitte kürzen Sie ihn auf höchstens 5\.000 Zeichen\./);
  const longName = await writeComment(site, article.slug, validComment({ commentName: "N".repeat(81) }));
  assert.equal(longName.statusCode, 422);
  assert.match(longName.body, /id="commentName-error"/);
  assert.equal((await stored()).length, before);
});

test("HTML and script typed by a reader are stored as text and shown escaped, also in the form after an error", async () => {
  const attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
  const res = await writeComment(site, article.slug, validComment({ commentName: `<b>Mallory</b>`, commentBody: `${attack}\nZweite Zeile\u0000` }));
  assert.equal(res.statusCode, 303);
  const row = (await stored()).at(-1)!;
  assert.equal(row.body, `${attack}\nZweite Zeile`, "kept as typed, only the NUL removed");
  await decideComment(site.database.db, row.id, "approved");
  const html = await page();
  assert.match(html, /&lt;script>alert\('x'\)&lt;\/script>|&lt;script&gt;alert/);
  assert.doesNotMatch(html, /<script>alert|<img src=x|<b>Mallory/);
  assert.match(html, /Zweite Zeile/);
  const refused = await writeComment(site, article.slug, { commentName: attack, commentEmail: "x", commentBody: attack });
  assert.equal(refused.statusCode, 422);
  assert.doesNotMatch(refused.body, /<script>alert|<img src=x/);
});

test("a filled honeypot looks like success to the bot but stores nothing", async () => {
  const before = (await stored()).length;
  const res = await writeComment(site, article.slug, validComment({ website: "https://spam.example" }));
  assert.equal(res.statusCode, 303);
  assert.equal((await stored()).length, before);
});

test("replies go one level deep: to a published top-level comment only", async () => {
  const other = await createArticle(site.database.db);
  await writeComment(site, article.slug, validComment({ commentName: "Erste Stimme", commentBody: "Oben" }));
  const top = (await stored()).at(-1)!;
  assert.match(
    (await writeComment(site, article.slug, validComment({ commentParent: String(top.id) }))).body,
    /Auf diesen Kommentar kann nicht geantwortet werden/,
    "not yet approved",
  );
  await decideComment(site.database.db, top.id, "approved");
  const replying = await page(`?antwort=${top.id}`);
  assert.match(replying, /Sie antworten auf den Kommentar von <strong>Erste Stimme<\/strong>/);
  assert.match(replying, new RegExp(`<input type="hidden" name="commentParent" value="${top.id}"/>`));
  assert.doesNotMatch(await page(), /name="commentParent"/, "a new comment answers nobody");
  assert.equal((await writeComment(site, article.slug, validComment({ commentParent: String(top.id), commentBody: "Eine Antwort" }))).statusCode, 303);
  const replyRow = (await stored()).at(-1)!;
  assert.equal(replyRow.parentId, top.id);
  await decideComment(site.database.db, replyRow.id, "approved");
  for (const parent of [String(replyRow.id), "999999", "abc"]) {
    const res = await writeComment(site, article.slug, validComment({ commentParent: parent }));
    assert.equal(res.statusCode, 422, parent);
    assert.match(res.body, /id="commentParent-error".*Antworten sind nur auf freigegebene Kommentare der ersten Ebene/s);
  }
  assert.equal((await writeComment(site, other.slug, validComment({ commentParent: String(top.id) }))).statusCode, 422, "not across articles");
  const html = await page();
  assert.match(
    html,
    new RegExp(`<li id="kommentar-${top.id}">.*<ol class="k360-hits k360-comments--replies"><li id="kommentar-${replyRow.id}">`, "s"),
    "the reply sits under its comment",
  );
  assert.match(html, new RegExp(`href="\\?antwort=${top.id}#kommentar-formular"`));
  assert.doesNotMatch(html, new RegExp(`antwort=${replyRow.id}#`), "no reply link under a reply");
});

test("a blocked address gets a German message and nothing is stored", async () => {
  const fields = validComment();
  await blockAddress(site.database.db, fields.commentEmail, "Test");
  const before = (await stored()).length;
  const res = await writeComment(site, article.slug, { ...fields, commentEmail: fields.commentEmail.toUpperCase() });
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /Mit dieser E-Mail-Adresse können keine Kommentare geschrieben werden/);
  assert.equal((await stored()).length, before);
});

test("at most five comments per e-mail address an hour, and ten posts per client in ten minutes", async () => {
  const email = validComment().commentEmail;
  for (let index = 0; index < 5; index++) assert.equal((await writeComment(site, article.slug, validComment({ commentEmail: email }))).statusCode, 303);
  const sixth = await writeComment(site, article.slug, validComment({ commentEmail: email }));
  assert.equal(sixth.statusCode, 429);
  assert.match(sixth.body, /in der letzten Stunde schon 5 Kommentare/);
  const client = freshAddress();
  const statuses: number[] = [];
  let last = "";
  for (let index = 0; index < 11; index++) {
    const res = await writeComment(site, article.slug, validComment(), client);
    statuses.push(res.statusCode);
    last = res.body;
  }
  assert.deepEqual(statuses, [...Array(10).fill(303), 429]);
  assert.match(last, /Zu viele Versuche in kurzer Zeit/);
});

test("closed comments: no form, a POST is refused; an unknown article is 404", async () => {
  const closed = await createArticle(site.database.db, { commentsOpen: false });
  const html = (await site.app.inject({ url: `/magazin/${closed.slug}` })).body;
  assert.match(html, /Zu diesem Beitrag können keine Kommentare mehr geschrieben werden/);
  assert.doesNotMatch(html, /id="kommentar-formular"/);
  // The form of an open article, sent to the closed one.
  const res = await site.submit(`/magazin/${article.slug}`, `/magazin/${closed.slug}/kommentare`, validComment());
  assert.equal(res.statusCode, 403);
  assert.match(res.body, /Zu diesem Beitrag können keine Kommentare mehr geschrieben werden/);
  assert.equal((await commentsOf(site.database.db, closed.id)).length, 0);
  assert.equal((await site.submit(`/magazin/${article.slug}`, "/magazin/gibt-es-nicht/kommentare", validComment())).statusCode, 404);
});

test("the shared checkbox: with errors or a hint a field of its own with its message at it, otherwise unchanged", () => {
  const consent = renderToString(
    Checkbox({
      name: "zustimmung",
      id: "box-zustimmung",
      label: "Ich stimme zu",
      checked: false,
      hint: "Ein Hinweis.",
      errors: { zustimmung: "Bitte stimmen Sie zu." },
      required: true,
    }),
  );
  assert.equal(
    consent,
    '<div class="kern-form-input kern-form-input--error"><div class="kern-form-check"><input class="kern-form-check__checkbox" id="box-zustimmung" name="zustimmung" value="ja" type="checkbox" required aria-describedby="box-zustimmung-hint box-zustimmung-error" aria-invalid="true"/><label class="kern-label" for="box-zustimmung">Ich stimme zu</label></div>' +
      '<div class="kern-hint" id="box-zustimmung-hint">Ein Hinweis.</div><p class="kern-error" id="box-zustimmung-error"><span class="kern-icon kern-icon--danger" aria-hidden="true"></span><span class="kern-body">Bitte stimmen Sie zu.</span></p></div>',
  );
  assert.equal(
    renderToString(Checkbox({ name: "netiquette", label: "Gelesen", checked: true, errors: {} })),
    '<div class="kern-form-input"><div class="kern-form-check"><input class="kern-form-check__checkbox" id="netiquette" name="netiquette" value="ja" type="checkbox" checked/><label class="kern-label" for="netiquette">Gelesen</label></div></div>',
  );
  assert.equal(
    renderToString(Checkbox({ name: "shared", label: "Teilen", checked: false })),
    '<div class="kern-form-check"><input class="kern-form-check__checkbox" id="shared" name="shared" value="ja" type="checkbox"/><label class="kern-label" for="shared">Teilen</label></div>',
  );
});

test("a comment is posted to a visible article without looking up its authors", async () => {
  assert.deepEqual(await findVisibleArticle(site.database.db, article.slug), { id: article.id, slug: article.slug, commentsOpen: true });
  const scheduled = await createArticle(site.database.db, { publishAt: new Date(Date.now() + 86_400_000) });
  assert.equal(await findVisibleArticle(site.database.db, scheduled.slug), null);
  const post = await preparedComment(site, article.slug, validComment());
  let res = { statusCode: 0 };
  const statements = await statementsDuring(site.database, async () => (res = await post()));
  assert.equal(res.statusCode, 303);
  assert.ok(
    statements.some((s) => /publishing_articles/.test(s)),
    statements.join("\n"),
  );
  assert.deepEqual(
    statements.filter((s) => /publishing_article_authors/.test(s)),
    [],
  );
});
