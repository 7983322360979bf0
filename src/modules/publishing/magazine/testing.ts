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
  const target = (database.pglite ?? pg.Pool.prototype) as unknown as { query: (...args: unknown[]) => unknown };
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
