import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { users } from "../../../../platform/auth/tables.ts";
import { articleAuthors, articleEvents, articleMunicipalities, articleRelated, articleRevisions, articles, articleTags, authors } from "../tables.ts";
import { listAuthors } from "./authors.ts";
import { berlinParts, formatDays } from "../../../../platform/dates.ts";
import { relatedFields } from "../schemas.ts";
import { fellowIds, listMunicipalitiesByIds } from "../../../municipalities/index.ts";
import { currentProgram, listEvents } from "../../../program/index.ts";

export type FormValues = Record<string, string | string[]>;

/**
 * Every article for the team, newest change first, with its authors' names. The subquery names the
 * outer table: drizzle writes a bare column as "id", which inside it would mean the author's id.
 */
export async function listAllArticles(db: Db) {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      publishAt: articles.publishAt,
      updatedAt: articles.updatedAt,
      authors: sql<string>`coalesce((select string_agg(au.name, ', ' order by aa.position) from ${articleAuthors} aa join ${authors} au on au.id = aa.author_id where aa.article_id = ${articles}.id), '')`,
    })
    .from(articles)
    .orderBy(desc(articles.updatedAt), desc(articles.id));
}

export type ArticleRow = typeof articles.$inferSelect;

/** An article row in any state, for the editors. */
export async function findArticleRow(db: Db, id: number): Promise<ArticleRow | null> {
  const [row] = await db.select().from(articles).where(eq(articles.id, id));
  return row ?? null;
}

/** The form's values for a stored article, from its row and its links. */
export async function articleFormValues(db: Db, article: ArticleRow): Promise<FormValues> {
  const id = article.id;
  const [authorRows, tagRows, relatedRows, placeRows, eventRows] = await Promise.all([
    db.select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position)),
    db.select({ label: articleTags.label }).from(articleTags).where(eq(articleTags.articleId, id)).orderBy(asc(articleTags.label)),
    db.select({ id: articleRelated.relatedId }).from(articleRelated).where(eq(articleRelated.articleId, id)).orderBy(asc(articleRelated.position)),
    db.select({ id: articleMunicipalities.municipalityId }).from(articleMunicipalities).where(eq(articleMunicipalities.articleId, id)),
    db.select({ id: articleEvents.eventId }).from(articleEvents).where(eq(articleEvents.articleId, id)),
  ]);
  const when = article.publishAt ? berlinParts(article.publishAt) : { date: "", time: "" };
  return {
    title: article.title,
    teaser: article.teaser,
    body: article.body,
    authors: authorRows.map((a) => String(a.id)),
    tags: tagRows.map((t) => t.label).join(", "),
    publishDate: when.date,
    publishTime: when.time,
    ...Object.fromEntries(relatedFields.map((f, i) => [f, relatedRows[i] ? String(relatedRows[i].id) : ""])),
    municipalities: placeRows.map((p) => String(p.id)),
    moreMunicipalities: "",
    events: eventRows.map((e) => String(e.id)),
    commentsOpen: article.commentsOpen ? "ja" : "",
  };
}

/** What the form offers to choose: authors, other articles, the Fellow municipalities (and those already linked) and the program's events. */
export async function formOptions(db: Db, articleId: number | null, linkedMunicipalityIds: number[]) {
  const program = await currentProgram(db);
  const [authorList, articleList, fellows, events] = await Promise.all([
    listAuthors(db),
    db.select({ id: articles.id, title: articles.title }).from(articles).orderBy(asc(articles.title)),
    fellowIds(db).then((ids) => listMunicipalitiesByIds(db, [...new Set([...ids, ...linkedMunicipalityIds])])),
    program ? listEvents(db, program.id) : Promise.resolve([]),
  ]);
  return {
    authors: authorList.map((a) => ({ value: String(a.id), label: a.role ? `${a.name} (${a.role})` : a.name })),
    articles: articleList.filter((a) => a.id !== articleId).map((a) => ({ value: String(a.id), label: a.title })),
    municipalities: fellows.sort((a, b) => a.name.localeCompare(b.name, "de")).map((m) => ({ value: String(m.id), label: m.name })),
    events: events.map((e) => ({ value: String(e.id), label: `${e.title} – ${formatDays(e.days.map((d) => d.date))}` })),
  };
}

export type FormOptions = Awaited<ReturnType<typeof formOptions>>;

/** An article's revisions, newest first, with who saved them. */
export async function listRevisions(db: Db, articleId: number) {
  return db
    .select({ id: articleRevisions.id, title: articleRevisions.title, savedAt: articleRevisions.savedAt, savedBy: users.name })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.savedBy))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.savedAt), desc(articleRevisions.id));
}

/** One revision of an article with the name of who saved it. */
export async function findRevision(db: Db, articleId: number, revisionId: number) {
  const [row] = await db
    .select({
      id: articleRevisions.id,
      title: articleRevisions.title,
      teaser: articleRevisions.teaser,
      body: articleRevisions.body,
      savedAt: articleRevisions.savedAt,
      savedBy: users.name,
    })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.savedBy))
    .where(sql`${articleRevisions.id} = ${revisionId} and ${articleRevisions.articleId} = ${articleId}`);
  return row ?? null;
}
