import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { Role } from "../../../platform/auth/roles.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { statementsDuring } from "../magazine/testing.ts";
import { count } from "drizzle-orm";
import { comments } from "./tables.ts";
import { findComment, moderationQueue } from "./queries.ts";
import { commentsOf, createArticle, validComment, writeComment } from "./testing.ts";
import { readOutbox, startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
let article: Awaited<ReturnType<typeof createArticle>>;

before(async () => {
  site = await startTestApp();
  editor = await site.sessionFor("editor");
  article = await createArticle(site.database.db);
});
after(() => site.close());

const queue = "/magazin/kommentare";
const page = async () => (await site.app.inject({ url: `/magazin/${article.slug}` })).body;
const act = (id: number, action: string, fields: Record<string, string> = {}, cookie = editor) =>
  site.submit(queue, `/magazin/kommentare/${id}/${action}`, fields, cookie);

async function newComment(fields: Record<string, string> = {}) {
  const res = await writeComment(site, article.slug, validComment(fields));
  assert.equal(res.statusCode, 303);
  return (await commentsOf(site.database.db, article.id)).at(-1)!;
}

test("the team approves a comment: it is shown, the commenter and the author get one mail each", async () => {
  const item = await newComment({ commentName: "Jana Brückner", commentBody: "Wir versuchen das mit drei Schulen." });
  const list = await site.app.inject({ url: queue, headers: { cookie: editor } });
  assert.equal(list.statusCode, 200);
  assert.match(list.body, /Jana Brückner zu „Testbeitrag/);
  assert.match(list.body, new RegExp(item.email.replace(".", "\\.")), "the team sees the address");
  assert.deepEqual(await htmlProblems(list.body), []);
  const res = await act(item.id, "freigeben");
  assert.equal(res.statusCode, 303);
  assert.match((await site.app.inject({ url: res.headers.location as string, headers: { cookie: editor } })).body, /Der Kommentar ist freigegeben/);
  const html = await page();
  assert.match(html, /<strong>Jana Brückner<\/strong> schrieb am/);
  assert.match(html, /Wir versuchen das mit drei Schulen/);
  assert.doesNotMatch(html, new RegExp(item.email), "the e-mail address is never published");
  assert.match(html, /Kommentare \(1\)/);
  await site.deliverMail();
  const mails = await readOutbox(site.outboxDir);
  const toCommenter = mails.filter((m) => m.to === item.email);
  assert.equal(toCommenter.length, 1);
  assert.equal(toCommenter[0].subject, "Ihr Kommentar ist freigegeben");
  assert.match(toCommenter[0].text, new RegExp(`/magazin/${article.slug}#kommentar-${item.id}`));
  const toAuthor = mails.filter((m) => m.to === article.author.email);
  assert.equal(toAuthor.length, 1);
  assert.match(toAuthor[0].text, /Wir versuchen das mit drei Schulen/);
  assert.doesNotMatch(toAuthor[0].text, new RegExp(item.email), "authors do not get the commenter's address");
  assert.equal((await act(item.id, "freigeben")).statusCode, 409, "approved already");
  await act(item.id, "entfernen");
  await act(item.id, "freigeben");
  await site.deliverMail();
  assert.equal((await readOutbox(site.outboxDir)).filter((m) => m.to === item.email).length, 1, "mailed only once");
});

test("reject and spam keep a comment hidden; remove leaves a public note and keeps its replies", async () => {
  const rejected = await newComment({ commentBody: "Abgelehnter Text" });
  const spam = await newComment({ commentBody: "Kaufen Sie jetzt" });
  assert.equal((await act(rejected.id, "ablehnen")).statusCode, 303);
  assert.equal((await act(spam.id, "spam")).statusCode, 303);
  assert.equal((await findComment(site.database.db, rejected.id))!.status, "rejected");
  assert.equal((await findComment(site.database.db, spam.id))!.status, "spam");
  const top = await newComment({ commentName: "Ralf Entfernt", commentBody: "Unpassender Text über eine Familie" });
  await act(top.id, "freigeben");
  const reply = await newComment({ commentName: "Eva Antwortet", commentParent: String(top.id), commentBody: "Meine Antwort bleibt" });
  await act(reply.id, "freigeben");
  assert.equal((await act(top.id, "entfernen")).statusCode, 303);
  const html = await page();
  assert.match(html, /Dieser Kommentar wurde von der Moderation entfernt\./);
  assert.doesNotMatch(html, /Unpassender Text|Ralf Entfernt|Abgelehnter Text|Kaufen Sie jetzt/);
  assert.match(html, /Meine Antwort bleibt/);
  const filtered = await site.app.inject({ url: `${queue}?status=spam`, headers: { cookie: editor } });
  assert.match(filtered.body, /Kaufen Sie jetzt/);
  assert.doesNotMatch(filtered.body, /Abgelehnter Text/);
  assert.equal((await act(rejected.id, "entfernen")).statusCode, 409, "only published comments are removed");
});

test("the team corrects typos; readers see that the moderation edited the comment", async () => {
  const item = await newComment({ commentBody: "Ein Kommentr mit Tippfehler" });
  await act(item.id, "freigeben");
  const form = await site.app.inject({ url: `/magazin/kommentare/${item.id}/bearbeiten`, headers: { cookie: editor } });
  assert.equal(form.statusCode, 200);
  assert.deepEqual(await htmlProblems(form.body), []);
  const bad = await site.submit(
    `/magazin/kommentare/${item.id}/bearbeiten`,
    `/magazin/kommentare/${item.id}/bearbeiten`,
    { commentName: item.name, commentBody: "x".repeat(5001) },
    editor,
  );
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /id="commentBody-error".*höchstens 5\.000 Zeichen/s);
  assert.equal((await findComment(site.database.db, item.id))!.body, "Ein Kommentr mit Tippfehler");
  const ok = await site.submit(
    `/magazin/kommentare/${item.id}/bearbeiten`,
    `/magazin/kommentare/${item.id}/bearbeiten`,
    { commentName: item.name, commentBody: "Ein Kommentar ohne Tippfehler" },
    editor,
  );
  assert.equal(ok.statusCode, 303);
  const html = await page();
  assert.match(html, /Ein Kommentar ohne Tippfehler/);
  assert.match(html, /bearbeitet von der Moderation/);
});

test("blocking an address turns its waiting comments into spam and refuses new ones until the block is lifted", async () => {
  const email = validComment().commentEmail;
  const first = await newComment({ commentEmail: email });
  const second = await newComment({ commentEmail: email });
  assert.equal((await act(first.id, "sperren")).statusCode, 303);
  assert.equal((await findComment(site.database.db, second.id))!.status, "spam");
  const refused = await writeComment(site, article.slug, validComment({ commentEmail: email }));
  assert.equal(refused.statusCode, 422);
  assert.match((await site.app.inject({ url: queue, headers: { cookie: editor } })).body, /Gesperrte Adressen[\s\S]*Sperre aufheben/);
  assert.equal((await site.submit(queue, "/magazin/kommentare/sperre-aufheben", { email }, editor)).statusCode, 303);
  assert.equal((await writeComment(site, article.slug, validComment({ commentEmail: email }))).statusCode, 303);
});

test("only the team moderates: anonymous 401, members 403, and nothing changes", async () => {
  const item = await newComment();
  assert.equal((await site.app.inject({ url: queue })).statusCode, 401);
  assert.equal((await site.app.inject({ url: `/magazin/kommentare/${item.id}/bearbeiten` })).statusCode, 401);
  for (const role of ["leader", "planningSpecialist", "staff"] as Role[]) {
    const cookie = await site.sessionFor(role);
    assert.equal((await site.app.inject({ url: queue, headers: { cookie } })).statusCode, 403, role);
    for (const action of ["freigeben", "ablehnen", "spam", "sperren"])
      assert.equal(
        (await site.submit(`/magazin/${article.slug}`, `/magazin/kommentare/${item.id}/${action}`, {}, cookie)).statusCode,
        403,
        `${role} ${action}`,
      );
  }
  assert.equal((await site.submit(`/magazin/${article.slug}`, `/magazin/kommentare/${item.id}/freigeben`, {})).statusCode, 401);
  assert.equal((await findComment(site.database.db, item.id))!.status, "pending");
  assert.equal((await site.app.inject({ url: queue, headers: { cookie: await site.sessionFor("admin") } })).statusCode, 200);
  assert.equal((await act(999_999, "freigeben")).statusCode, 404);
});

test("the moderation asks only for what it shows: one count for the filter and the total, the article's title without its authors", async () => {
  const item = await newComment({ commentBody: "Ein Kommentar für die Zählung" });
  let queuePage = { statusCode: 0, body: "" };
  const forQueue = await statementsDuring(
    site.database,
    async () => (queuePage = await site.app.inject({ url: `${queue}?status=pending`, headers: { cookie: editor } })),
  );
  assert.equal(queuePage.statusCode, 200);
  assert.equal(forQueue.filter((s) => /count\(/.test(s) && /from "publishing_comments"/.test(s)).length, 1, forQueue.join("\n"));
  const [{ n: all }] = await site.database.db.select({ n: count() }).from(comments);
  const [everything, waiting] = [await moderationQueue(site.database.db, null, 1), await moderationQueue(site.database.db, "pending", 1)];
  assert.equal(everything.total, all);
  assert.equal(waiting.total, waiting.counts.pending);
  assert.ok(waiting.entries.some((e) => e.id === item.id) && waiting.entries.every((e) => e.status === "pending"));
  let editPage = { statusCode: 0, body: "" };
  const forEdit = await statementsDuring(
    site.database,
    async () => (editPage = await site.app.inject({ url: `/magazin/kommentare/${item.id}/bearbeiten`, headers: { cookie: editor } })),
  );
  assert.match(editPage.body, new RegExp(`zum Beitrag „${article.title}“`));
  let blocked = { statusCode: 0 };
  const forBlock = await statementsDuring(site.database, async () => (blocked = await act(item.id, "sperren")));
  assert.equal(blocked.statusCode, 303);
  assert.match((await site.app.inject({ url: queue, headers: { cookie: editor } })).body, new RegExp(`zu „${article.title}“`));
  assert.deepEqual(
    [...forEdit, ...forBlock].filter((s) => /publishing_article_authors/.test(s)),
    [],
  );
});

test("the header counts the waiting comments for the team's pages, not for the stylesheet those pages load", async () => {
  const page = await site.app.inject({ url: "/", headers: { cookie: editor } });
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(page.body)![1];
  const countsComments = (statements: string[]) => statements.filter((s) => /count\(/.test(s) && /from "publishing_comments"/.test(s)).length;
  assert.equal(countsComments(await statementsDuring(site.database, () => site.app.inject({ url: "/", headers: { cookie: editor } }))), 1);
  let css = { statusCode: 0 };
  const forCss = await statementsDuring(site.database, async () => (css = await site.app.inject({ url: stylesheet, headers: { cookie: editor } })));
  assert.equal(css.statusCode, 200);
  assert.equal(countsComments(forCss), 0, forCss.join("\n"));
});
