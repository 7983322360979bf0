/** Test-data builders and helpers for the Magazin tests. */
import { count, eq } from "drizzle-orm";
import pg from "pg";
import type { Database, Db } from "../../../db/client.ts";
import { users } from "../../../platform/auth/tables.ts";
import { articleRevisions, articles, authors, images } from "./tables.ts";
import { seedMagazineDemo } from "./seed.ts";
import { saveArticle } from "./commands/save-article.ts";
import { resolveArticle } from "./queries/article-choices.ts";
import type { ArticleBody } from "./schemas.ts";
import { unlessInvalid } from "../../../platform/commands.ts";
import { type TestApp } from "../../../testing.ts";
import { all, loggedIn, team, type RouteCases } from "../../../platform/route-cases.ts";
import { listAuthors } from "./queries/authors.ts";
import { listAllArticles, listRevisions } from "./queries/editor.ts";

/** The demo articles, unless the test template already holds them. */
export async function ensureMagazineDemo(db: Db): Promise<void> {
  const [{ n: total }] = await db.select({ n: count() }).from(authors);
  if (total === 0) await seedMagazineDemo(db);
}

/** An article row by its address. */
export async function articleBySlug(db: Db, slug: string) {
  const [row] = await db.select().from(articles).where(eq(articles.slug, slug));
  return row ?? null;
}

/** Some author to put on a test article. */
export async function firstAuthorId(db: Db): Promise<number> {
  const [row] = await db.select({ id: authors.id }).from(authors).orderBy(authors.id).limit(1);
  return row.id;
}

/** How many articles, revisions and images are stored: bad input must change none of them. */
export async function stored(db: Db) {
  const [[left], [row], [index]] = await Promise.all([
    db.select({ n: count() }).from(articles),
    db.select({ n: count() }).from(articleRevisions),
    db.select({ n: count() }).from(images),
  ]);
  return { articles: left.n, revisions: row.n, images: index.n };
}

let sequence = 0;

/** Saves an article through the form's checks and the command; published now unless told otherwise. */
export async function writeArticle(db: Db, fields: Partial<ArticleBody> = {}, action: "draft" | "publish" = "publish") {
  const text = `${process.pid}-${++sequence}`;
  const body: ArticleBody = {
    title: `Testbeitrag ${text}`,
    teaser: "Eine kurze Beschreibung.",
    body: "Ein Absatz Text.",
    authors: [await firstAuthorId(db)],
    aktion: action === "publish" ? "veroeffentlichen" : "entwurf",
    ...fields,
  };
  const [user] = await db.select({ id: users.id }).from(users).orderBy(users.id).limit(1);
  const { input, errors } = await resolveArticle(db, null, body, {});
  const result = await unlessInvalid(errors, () => saveArticle(db, user.id, null, input));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Sends the image form like a browser: multipart with the CSRF token, the alternative text and one file. */
export async function uploadImage(testApp: TestApp, cookie: string, fileName: string, content: Buffer, alt: string) {
  const page = await testApp.app.inject({ url: "/magazin/redaktion/bilder", headers: { cookie } });
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
  const csrf = page.cookies.find((c) => c.name === "_csrf");
  const boundary = "----k360magazin";
  const field = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const payload = Buffer.concat([
    Buffer.from(
      `${field("_csrf", token)}${field("alt", alt)}--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const cookies = [cookie, csrf ? `_csrf=${csrf.value}` : ""].filter(Boolean).join("; ");
  return testApp.app.inject({
    method: "POST",
    url: "/magazin/redaktion/bilder",
    headers: { cookie: cookies, "content-type": `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

/**
 * The SQL statements sent outside transactions while `work` runs, to check that a request asks
 * nothing twice or in vain. Watches PGlite, or every node-postgres pool on PostgreSQL.
 */
export async function statementsDuring(database: Database, work: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const owner: unknown = database.pglite ?? pg.Pool.prototype;
  const target = owner as { query: (...args: unknown[]) => unknown };
  const query = target.query;
  target.query = function (this: unknown, statement: unknown, ...rest: unknown[]) {
    seen.push(typeof statement === "string" ? statement : String((statement as { text?: unknown }).text));
    return query.call(this, statement, ...rest);
  };
  try {
    await work();
  } finally {
    // Both keep query on a prototype: removing the own property brings it back.
    delete (target as { query?: unknown }).query;
  }
  return seen;
}

/** Every route of the magazine with a working address and the answer per role. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const { db } = database;
  const articleList = await listAllArticles(db);
  const publishedArticle = articleList.find((article) => article.status === "published" && article.publishAt! <= new Date())!;
  const draftArticle = articleList.find((article) => article.status === "draft")!;
  // The newest revision: restoring it brings back what the article already says.
  const revision = (await listRevisions(db, publishedArticle.id))[0].id;
  const author = (await listAuthors(db))[0];
  return {
    "GET /magazin": { url: "/magazin", expect: all(200) },
    "GET /magazin/suche": { url: "/magazin/suche?q=Beteiligung", expect: all(200) },
    "GET /magazin/autorinnen/:slug": { url: `/magazin/autorinnen/${author.slug}`, expect: all(200) },
    "GET /magazin/bilder/:id": { url: "/magazin/bilder/999999", expect: all(404) },
    "GET /magazin/:slug": { url: `/magazin/${publishedArticle.slug}`, expect: all(200) },
    // A draft only in the team's preview.
    "GET /magazin/:slug (Vorschau)": { url: `/magazin/${draftArticle.slug}?vorschau=1`, expect: { ...all(404), admin: 200, editor: 200 } },
    "GET /magazin/feed.rss": { url: "/magazin/feed.rss", expect: all(200) },
    "GET /magazin/feed.atom": { url: "/magazin/feed.atom", expect: all(200) },
    "GET /magazin/redaktion": { url: "/magazin/redaktion", expect: loggedIn(team, 200) },
    "GET /magazin/redaktion/neu": { url: "/magazin/redaktion/neu", expect: loggedIn(team, 200) },
    "POST /magazin/redaktion/neu": { url: "/magazin/redaktion/neu", body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /magazin/redaktion/beitraege/:id": { url: `/magazin/redaktion/beitraege/${publishedArticle.id}`, expect: loggedIn(team, 200) },
    "POST /magazin/redaktion/beitraege/:id": { url: `/magazin/redaktion/beitraege/${publishedArticle.id}`, body: { title: "" }, expect: loggedIn(team, 422) },
    "GET /magazin/redaktion/beitraege/:id/versionen": { url: `/magazin/redaktion/beitraege/${publishedArticle.id}/versionen`, expect: loggedIn(team, 200) },
    "GET /magazin/redaktion/beitraege/:id/versionen/:revisionId": {
      url: `/magazin/redaktion/beitraege/${publishedArticle.id}/versionen/${revision}`,
      expect: loggedIn(team, 200),
    },
    "POST /magazin/redaktion/beitraege/:id/versionen/:revisionId/wiederherstellen": {
      url: `/magazin/redaktion/beitraege/${publishedArticle.id}/versionen/${revision}/wiederherstellen`,
      body: {},
      expect: loggedIn(team, 303),
    },
    "GET /magazin/redaktion/autorinnen/neu": { url: "/magazin/redaktion/autorinnen/neu", expect: loggedIn(team, 200) },
    "POST /magazin/redaktion/autorinnen/neu": { url: "/magazin/redaktion/autorinnen/neu", body: { name: "" }, expect: loggedIn(team, 422) },
    "GET /magazin/redaktion/autorinnen/:id": { url: `/magazin/redaktion/autorinnen/${author.id}`, expect: loggedIn(team, 200) },
    "POST /magazin/redaktion/autorinnen/:id": { url: `/magazin/redaktion/autorinnen/${author.id}`, body: { name: "" }, expect: loggedIn(team, 422) },
    "GET /magazin/redaktion/bilder": { url: "/magazin/redaktion/bilder", expect: loggedIn(team, 200) },
    "POST /magazin/redaktion/bilder": { url: "/magazin/redaktion/bilder", body: { alt: "" }, expect: loggedIn(team, 422) },
  };
}
