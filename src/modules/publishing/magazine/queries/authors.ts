import { asc, eq, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { selectRows } from "../../../../db/rows.ts";
import { authors } from "../tables.ts";
import { cardJson, toCard, visibleSql } from "./articles.ts";

/** An author with every field, for the form. */
export async function findAuthor(db: Db, id: number) {
  const [row] = await db.select().from(authors).where(eq(authors.id, id));
  return row ?? null;
}

/** An author's profile and their visible articles, newest first. */
export async function findAuthorPage(db: Db, slug: string) {
  const [author] = await db
    .select({ id: authors.id, slug: authors.slug, name: authors.name, role: authors.role, bio: authors.bio })
    .from(authors)
    .where(eq(authors.slug, slug));
  if (!author) return null;
  const where: SQL = sql`${visibleSql("a")} and exists (select 1 from publishing_article_authors aa where aa.article_id = a.id and aa.author_id = ${author.id})`;
  const rows = await selectRows<{ card: Record<string, unknown> }>(
    db,
    sql`select ${cardJson("a")} as card from publishing_articles a where ${where} order by a.publish_at desc, a.id desc limit 100`,
  );
  return { author, articles: rows.map((row) => toCard(row.card)) };
}

/** Every author, by name (for the article form). */
export async function listAuthors(db: Db) {
  return db.select({ id: authors.id, slug: authors.slug, name: authors.name, role: authors.role }).from(authors).orderBy(asc(authors.name));
}
