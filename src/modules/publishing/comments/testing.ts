/** Test-data builders and helpers for the comment tests. */
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { articleAuthors, articles, authors } from "../magazine/tables.ts";
import { comments } from "./tables.ts";
import { type TestApp } from "../../../testing.ts";
import type { Database } from "../../../db/client.ts";
import { all, loggedIn, team, type RouteCases } from "../../../platform/route-cases.ts";
import { moderationQueue } from "./queries.ts";

let sequence = 0;

/** A published article with one author who has an e-mail address. */
export async function createArticle(db: Db, options: { commentsOpen?: boolean; publishAt?: Date } = {}) {
  const text = `${process.pid}-${++sequence}`;
  const [author] = await db
    .insert(authors)
    .values({ slug: `autorin-${text}`, name: `Autorin ${text}`, email: `autorin-${text}@k360.example` })
    .returning();
  const [article] = await db
    .insert(articles)
    .values({
      slug: `testbeitrag-${text}`,
      title: `Testbeitrag ${text} über Beteiligung`,
      teaser: "Kurz",
      body: "Text",
      status: "published",
      publishAt: options.publishAt ?? new Date(Date.now() - 86_400_000),
      commentsOpen: options.commentsOpen ?? true,
    })
    .returning();
  await db.insert(articleAuthors).values({ articleId: article.id, authorId: author.id });
  return { ...article, author };
}

export const commentsOf = (db: Db, articleId: number) => db.select().from(comments).where(eq(comments.articleId, articleId)).orderBy(comments.id);

let addresses = 0;
/** A client address of its own, so the per-address rate limit of one test does not touch the others. */
export const freshAddress = () => `10.0.${Math.floor(++addresses / 250)}.${(addresses % 250) + 1}`;

/** Reads the article page for the comment form's CSRF token; the answer posts the comment like a browser from the given client address. */
export async function preparedComment(testApp: TestApp, slug: string, fields: Record<string, string>, remoteAddress = freshAddress()) {
  const page = await testApp.app.inject({ url: `/magazin/${slug}`, remoteAddress });
  const token = /<form[^>]*id="kommentar-formular"[\s\S]*?name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!token) throw new Error(`Kein Kommentarformular auf /magazin/${slug} (Status ${page.statusCode})`);
  const csrf = page.cookies.find((c) => c.name === "_csrf");
  const body = new URLSearchParams({ ...fields, _csrf: token });
  return () =>
    testApp.app.inject({
      method: "POST",
      url: `/magazin/${slug}/kommentare`,
      remoteAddress,
      headers: { cookie: csrf ? `_csrf=${csrf.value}` : "", "content-type": "application/x-www-form-urlencoded" },
      payload: body.toString(),
    });
}

/** Writes a comment like a browser: reads the article page for the CSRF token, then posts from the given client address. */
export async function writeComment(testApp: TestApp, slug: string, fields: Record<string, string>, remoteAddress = freshAddress()) {
  return (await preparedComment(testApp, slug, fields, remoteAddress))();
}

export const validComment = (more: Record<string, string> = {}) => ({
  commentName: "Lena Hoffmann",
  commentEmail: `lena.${++sequence}@beispiel.example`,
  commentBody: "Ein hilfreicher Beitrag.\nWir probieren das in unserem Jugendamt aus.",
  netiquette: "ja",
  ...more,
});

/** Every route of the comments with a working address and the answer per role. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const { db } = database;
  const approvedComment = (await moderationQueue(db, "approved", 1)).entries[0];
  const removedComment = (await moderationQueue(db, "removed", 1)).entries[0].id;
  const spamComment = (await moderationQueue(db, "spam", 1)).entries[0];
  return {
    // Refused before anything is stored, so the limit per address is never reached (the per-client limit allows 10).
    "POST /magazin/:slug/kommentare": {
      url: `/magazin/${approvedComment.articleSlug}/kommentare`,
      body: { commentName: "", commentEmail: "", commentBody: "" },
      expect: all(422),
    },
    "GET /magazin/kommentare": { url: "/magazin/kommentare", expect: loggedIn(team, 200) },
    // Decisions the comment's state does not allow: the same answer however often they come.
    "POST /magazin/kommentare/:id/freigeben": { url: `/magazin/kommentare/${approvedComment.id}/freigeben`, body: {}, expect: loggedIn(team, 409) },
    "POST /magazin/kommentare/:id/ablehnen": { url: `/magazin/kommentare/${approvedComment.id}/ablehnen`, body: {}, expect: loggedIn(team, 409) },
    "POST /magazin/kommentare/:id/spam": { url: `/magazin/kommentare/${approvedComment.id}/spam`, body: {}, expect: loggedIn(team, 409) },
    "POST /magazin/kommentare/:id/entfernen": { url: `/magazin/kommentare/${removedComment}/entfernen`, body: {}, expect: loggedIn(team, 409) },
    // Blocked, then unblocked again right after: each team role does both.
    "POST /magazin/kommentare/:id/sperren": { url: `/magazin/kommentare/${spamComment.id}/sperren`, body: {}, expect: loggedIn(team, 303) },
    "POST /magazin/kommentare/sperre-aufheben": { url: "/magazin/kommentare/sperre-aufheben", body: { email: spamComment.email }, expect: loggedIn(team, 303) },
    "POST /magazin/kommentare/sperre-aufheben (unbekannt)": {
      url: "/magazin/kommentare/sperre-aufheben",
      body: { email: "niemand@example.org" },
      expect: loggedIn(team, 404),
    },
    "GET /magazin/kommentare/:id/bearbeiten": { url: `/magazin/kommentare/${approvedComment.id}/bearbeiten`, expect: loggedIn(team, 200) },
    "POST /magazin/kommentare/:id/bearbeiten": {
      url: `/magazin/kommentare/${approvedComment.id}/bearbeiten`,
      body: { commentName: "", commentBody: "" },
      expect: loggedIn(team, 422),
    },
  };
}
