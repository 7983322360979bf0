import { and, asc, count, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database, Db } from "../../../db/client.ts";
import { articleAuthors, articles, authors } from "../magazine/tables.ts";
import { blockedAddresses, comments } from "./tables.ts";
import type { CommentStatus } from "./texts.ts";

/** A comment as readers see it: never the e-mail address. */
export interface PublicComment {
  id: number;
  parentId: number | null;
  name: string;
  body: string;
  status: "approved" | "removed";
  erased: boolean;
  editedByModeration: boolean;
  createdAt: Date;
}

export interface Thread extends PublicComment {
  replies: PublicComment[];
}

/** Approved and removed comments of an article, top level oldest first, each with its replies; one prepared statement (every article page runs it). */
export async function threadOfArticle(database: Database, articleId: number): Promise<Thread[]> {
  // A removed comment's name and text never leave the database; an erased one has no e-mail left.
  const rows = await database.rows<PublicComment>(
    "k360_comment_thread",
    sql`select id, parent_id as "parentId", case when status = 'approved' then name else '' end as name, case when status = 'approved' then body else '' end as body,
      status, (status = 'removed' and email = '') as erased, edited_by_moderation as "editedByModeration", created_at as "createdAt"
      from publishing_comments where article_id = ${articleId} and status in ('approved', 'removed') order by created_at, id`,
  );
  const threads = new Map<number, Thread>();
  const visible = rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
  for (const item of visible) if (item.parentId === null) threads.set(item.id, { ...item, replies: [] });
  for (const item of visible) if (item.parentId !== null) threads.get(item.parentId)?.replies.push(item);
  return [...threads.values()];
}

/** Whether a reply may go under this comment: an approved top-level comment of the same article. */
export async function isReplyTarget(db: Db, articleId: number, parentId: number): Promise<boolean> {
  const [row] = await db
    .select({ id: comments.id })
    .from(comments)
    .where(and(eq(comments.id, parentId), eq(comments.articleId, articleId), isNull(comments.parentId), eq(comments.status, "approved")));
  return row !== undefined;
}

export async function isBlocked(db: Db, email: string): Promise<boolean> {
  const [row] = await db.select({ email: blockedAddresses.email }).from(blockedAddresses).where(eq(blockedAddresses.email, email));
  return row !== undefined;
}

/** How many comments this address wrote in the last hour, whatever became of them. */
export async function commentsInLastHour(db: Db, email: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(comments)
    .where(and(eq(comments.email, email), sql`${comments.createdAt} > now() - interval '1 hour'`));
  return row.n;
}

export type Comment = typeof comments.$inferSelect;

export async function findComment(db: Db, id: number): Promise<Comment | null> {
  const [row] = await db.select().from(comments).where(eq(comments.id, id));
  return row ?? null;
}

/** The article of a comment with its authors who have an e-mail address, for the mails after approval. */
export async function articleForMail(db: Db, articleId: number) {
  const [article] = await db.select({ slug: articles.slug, title: articles.title }).from(articles).where(eq(articles.id, articleId));
  if (!article) return null;
  const people = await db
    .select({ name: authors.name, email: authors.email })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(and(eq(articleAuthors.articleId, articleId), ne(authors.email, "")))
    .orderBy(asc(articleAuthors.position));
  return { ...article, authors: people };
}

/** The title of a comment's article, for the moderation's pages and notes. */
export async function articleTitle(db: Db, articleId: number): Promise<string> {
  const [article] = await db.select({ title: articles.title }).from(articles).where(eq(articles.id, articleId));
  return article?.title ?? "";
}

export interface QueueEntry extends Comment {
  articleSlug: string;
  articleTitle: string;
  parentName: string | null;
  blocked: boolean;
}

export const queuePageSize = 30;
const parent = alias(comments, "parent");

/**
 * The moderation queue: waiting comments first (oldest first), then all others newest first;
 * optionally one state only. With how many comments are in each state (for the filter), which
 * also gives the total.
 */
export async function moderationQueue(
  db: Db,
  status: CommentStatus | null,
  page: number,
): Promise<{ entries: QueueEntry[]; total: number; counts: Record<string, number> }> {
  const [entries, counts] = await Promise.all([
    db
      .select({
        comment: comments,
        articleSlug: articles.slug,
        articleTitle: articles.title,
        parentName: parent.name,
        blocked: sql<boolean>`exists (select 1 from ${blockedAddresses} where ${blockedAddresses.email} = ${comments.email})`,
      })
      .from(comments)
      .innerJoin(articles, eq(articles.id, comments.articleId))
      .leftJoin(parent, eq(parent.id, comments.parentId))
      .where(status ? eq(comments.status, status) : undefined)
      .orderBy(
        sql`case when ${comments.status} = 'pending' then 0 else 1 end`,
        sql`case when ${comments.status} = 'pending' then ${comments.createdAt} end asc`,
        desc(comments.createdAt),
        desc(comments.id),
      )
      .limit(queuePageSize)
      .offset((page - 1) * queuePageSize),
    countsByStatus(db),
  ]);
  const total = status ? (counts[status] ?? 0) : Object.values(counts).reduce((sum, n) => sum + n, 0);
  return {
    entries: entries.map((e) => ({ ...e.comment, articleSlug: e.articleSlug, articleTitle: e.articleTitle, parentName: e.parentName, blocked: e.blocked })),
    total,
    counts,
  };
}

/** How many comments are in each state. */
async function countsByStatus(db: Db): Promise<Record<string, number>> {
  const rows = await db.select({ status: comments.status, n: count() }).from(comments).groupBy(comments.status);
  return Object.fromEntries(rows.map((r) => [r.status, r.n]));
}

export async function blockedList(db: Db) {
  return db.select().from(blockedAddresses).orderBy(desc(blockedAddresses.createdAt));
}

/** How many comments wait for approval (the header shows it to the team; one count on the status index). */
export async function pendingCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(comments).where(eq(comments.status, "pending"));
  return row.n;
}
