import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { currentGeneration } from "../../../platform/cache/memo.ts";
import { comments } from "./tables.ts";
import { commentsOf, createArticle, validComment, writeComment } from "./testing.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
let article: Awaited<ReturnType<typeof createArticle>>;

before(async () => {
  site = await startTestApp();
  editor = await site.sessionFor("editor");
  article = await createArticle(site.database.db);
});
after(() => site.close());

const magazin = () => currentGeneration(site.database, "magazin");
const act = (id: number, action: string, fields: Record<string, string> = {}) =>
  site.submit("/magazin/kommentare", `/magazin/kommentare/${id}/${action}`, fields, editor);
const page = async () => (await site.app.inject({ url: `/magazin/${article.slug}` })).body;

async function newComment(body: string) {
  assert.equal((await writeComment(site, article.slug, validComment({ commentBody: body }))).statusCode, 303);
  return (await commentsOf(site.database.db, article.id)).at(-1)!;
}

test("waiting comments and the moderation's bookkeeping keep the kept Magazin pages", async () => {
  const before = await magazin();
  const waiting = await newComment("Noch nicht freigegeben.");
  assert.equal(await magazin(), before, "a waiting comment is not shown");
  assert.equal((await act(waiting.id, "ablehnen")).statusCode, 303);
  assert.equal(await magazin(), before, "rejected stays hidden");
  const spam = await newComment("Kaufen Sie jetzt.");
  assert.equal((await act(spam.id, "sperren")).statusCode, 303);
  assert.equal((await commentsOf(site.database.db, article.id)).find((c) => c.id === spam.id)?.status, "spam");
  assert.equal(await magazin(), before, "blocking an address turns waiting comments into hidden spam");
  await site.database.db.delete(comments).where(eq(comments.id, waiting.id));
  assert.equal(await magazin(), before, "deleting a hidden comment");
});

test("what readers see of a comment moves the Magazin's generation on", async () => {
  const item = await newComment("Wir probieren das mit drei Schulen.");
  await page();
  let seen = await magazin();
  assert.equal((await act(item.id, "freigeben")).statusCode, 303);
  assert.ok((await magazin()) > seen, "approving shows the comment");
  assert.match(await page(), /Wir probieren das mit drei Schulen/);

  seen = await magazin();
  await site.database.db.update(comments).set({ notifiedAt: new Date(), decidedAt: new Date() }).where(eq(comments.id, item.id));
  assert.equal(await magazin(), seen, "the mark that mails went out is not shown");

  const edited = await site.submit(
    `/magazin/kommentare/${item.id}/bearbeiten`,
    `/magazin/kommentare/${item.id}/bearbeiten`,
    { commentName: item.name, commentBody: "Wir probieren das mit vier Schulen." },
    editor,
  );
  assert.equal(edited.statusCode, 303);
  assert.ok((await magazin()) > seen, "editing an approved comment's text");
  assert.match(await page(), /Wir probieren das mit vier Schulen/);

  seen = await magazin();
  assert.equal((await act(item.id, "entfernen")).statusCode, 303);
  assert.ok((await magazin()) > seen, "removing leaves a public note instead");
  assert.doesNotMatch(await page(), /vier Schulen/);

  seen = await magazin();
  await site.database.db.update(comments).set({ email: "" }).where(eq(comments.id, item.id));
  assert.ok((await magazin()) > seen, "an erased comment's note says so");

  seen = await magazin();
  await site.database.db.delete(comments).where(eq(comments.id, item.id));
  assert.ok((await magazin()) > seen, "deleting a removed comment takes its note away");
});
