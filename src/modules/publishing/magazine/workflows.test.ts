import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { articles, authors } from "./tables.ts";
import { ensureMagazineDemo, uploadImage, writeArticle } from "./testing.ts";
import { comments } from "../comments/tables.ts";
import { createArticle } from "../comments/testing.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let editor: string;
let leader: string;

before(async () => {
  site = await startTestApp();
  await ensureMagazineDemo(site.database.db);
  [editor, leader] = await Promise.all([site.sessionFor("editor"), site.sessionFor("leader")]);
});
after(() => site.close());

const get = (url: string, cookie = "") => site.app.inject({ url, headers: cookie ? { cookie } : {} });
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 3)]);

async function newAuthor(name: string) {
  const [row] = await site.database.db
    .insert(authors)
    .values({ slug: name.toLowerCase().replace(/\s+/g, "-"), name })
    .returning();
  return row.id;
}

async function newImage(alt: string) {
  const res = await uploadImage(site, editor, "bild.png", png, alt);
  assert.equal(res.statusCode, 303);
  return Number(/bild=(\d+)/.exec(res.headers.location as string)![1]);
}

test("the team's list shows each article with its own authors only", async () => {
  const [ada, ben] = [await newAuthor("Ada Einzeln"), await newAuthor("Ben Einzeln")];
  await writeArticle(site.database.db, { title: "Beitrag nur von Ada", authors: [ada] });
  await writeArticle(site.database.db, { title: "Beitrag nur von Ben", authors: [ben] });
  const page = (await get("/magazin/redaktion", editor)).body;
  const row = (title: string) => new RegExp(`${title}</a></td>(<td[^>]*>[^<]*</td>){2}<td class="kern-table__cell">([^<]*)</td>`).exec(page)?.[2];
  assert.equal(row("Beitrag nur von Ada"), "Ada Einzeln");
  assert.equal(row("Beitrag nur von Ben"), "Ben Einzeln");
});

test("the publish button says „Einplanen“ for a date still to come and „Veröffentlichen“ otherwise", async () => {
  const blank = (await get("/magazin/redaktion/neu", editor)).body;
  assert.match(blank, /value="veroeffentlichen" class="kern-btn kern-btn--primary"><span class="kern-label">Veröffentlichen</);
  const nextYear = String(new Date().getFullYear() + 1);
  const future = await writeArticle(site.database.db, { publishDate: `${nextYear}-05-04`, publishTime: "09:30" });
  const scheduled = (await get(`/magazin/redaktion/beitraege/${future.id}`, editor)).body;
  assert.match(scheduled, /value="veroeffentlichen" class="kern-btn kern-btn--primary"><span class="kern-label">Einplanen</);
  assert.deepEqual(await htmlProblems(scheduled), []);
  const past = await writeArticle(site.database.db, { publishDate: "2025-05-04" });
  assert.match((await get(`/magazin/redaktion/beitraege/${past.id}`, editor)).body, /<span class="kern-label">Veröffentlichen</);
  const retyped = await site.submit(
    "/magazin/redaktion/neu",
    "/magazin/redaktion/neu",
    { title: "", publishDate: `${nextYear}-01-02`, aktion: "entwurf" },
    editor,
  );
  assert.equal(retyped.statusCode, 422);
  assert.match(retyped.body, /<span class="kern-label">Einplanen</);
});

test("the Magazin's team page links the comment queue with the number of waiting comments", async () => {
  const article = await createArticle(site.database.db);
  const waiting = async () => (await site.database.db.select().from(comments).where(eq(comments.status, "pending"))).length;
  await site.database.db.insert(comments).values({ articleId: article.id, name: "Lena", email: "lena@beispiel.example", body: "Gut." });
  const page = (await get("/magazin/redaktion", editor)).body;
  assert.match(page, new RegExp(`<a class="kern-link" href="/magazin/kommentare\\?status=pending">Kommentare moderieren \\(${await waiting()} warten\\)</a>`));
  assert.deepEqual(await htmlProblems(page), []);
});

test("an image of a draft or a scheduled article answers 404 to all but the team, and becomes public when the article appears", async () => {
  const image = await newImage("Ein Stadtplan");
  const draft = await writeArticle(site.database.db, { body: `Vorher.\n\n![Ein Stadtplan](/magazin/bilder/${image})` }, "draft");
  for (const cookie of ["", leader]) {
    const hidden = await get(`/magazin/bilder/${image}`, cookie);
    assert.equal(hidden.statusCode, 404);
    assert.doesNotMatch(String(hidden.headers["cache-control"]), /public|max-age=31536000/);
  }
  const forTeam = await get(`/magazin/bilder/${image}`, editor);
  assert.equal(forTeam.statusCode, 200);
  assert.equal(forTeam.headers["cache-control"], "private, no-store");

  const later = new Date(Date.now() + 3_600_000);
  await site.database.db.update(articles).set({ status: "published", publishAt: later }).where(eq(articles.id, draft.id));
  assert.equal((await get(`/magazin/bilder/${image}`)).statusCode, 404, "scheduled: not yet public");
  await site.database.db
    .update(articles)
    .set({ publishAt: new Date(Date.now() - 1000) })
    .where(eq(articles.id, draft.id));
  const shown = await get(`/magazin/bilder/${image}`);
  assert.equal(shown.statusCode, 200);
  assert.match(String(shown.headers["cache-control"]), /public, max-age=31536000, immutable/);
  assert.deepEqual(shown.rawPayload, png);
});

test("an image is not public because a published article names a longer id that starts with its own", async () => {
  const image = await newImage("Ein Foto");
  await writeArticle(site.database.db, { body: `![Anderes](/magazin/bilder/${image}0)` });
  assert.equal((await get(`/magazin/bilder/${image}`)).statusCode, 404);
});
