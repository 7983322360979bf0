import { sql } from "drizzle-orm";
import type { Database, Db } from "../../../../db/client.ts";
import { selectRows } from "../../../../db/rows.ts";
import { pageSize } from "../reference.ts";
import type { Tag } from "../rules/tags.ts";

export type { Tag };

export interface AuthorRef {
  slug: string;
  name: string;
}

/** What lists, feeds, search results and "Mehr zum Thema" show of an article. */
export interface ArticleCard {
  id: number;
  slug: string;
  title: string;
  teaser: string;
  publishAt: Date;
  isExample: boolean;
  authors: AuthorRef[];
  tags: Tag[];
}

/** Published and due: a published article with a date in the future is scheduled and stays hidden. */
export const visibleSql = (alias: string) => sql.raw(`(${alias}.status = 'published' and ${alias}.publish_at <= now())`);
const authorsJson = (alias: string) =>
  `(select coalesce(json_agg(json_build_object('slug', au.slug, 'name', au.name) order by aa.position, au.name), '[]'::json)
    from publishing_article_authors aa join publishing_authors au on au.id = aa.author_id where aa.article_id = ${alias}.id)`;
const tagsJson = (alias: string) =>
  `(select coalesce(json_agg(json_build_object('tag', t.tag, 'label', t.label) order by t.label), '[]'::json) from publishing_article_tags t where t.article_id = ${alias}.id)`;
/** One article's card as a JSON object, so lists of cards come in one round trip. */
export const cardJson = (alias: string) =>
  sql.raw(`json_build_object('id', ${alias}.id, 'slug', ${alias}.slug, 'title', ${alias}.title, 'teaser', ${alias}.teaser, 'publishAt', ${alias}.publish_at,
    'isExample', ${alias}.is_example, 'authors', ${authorsJson(alias)}, 'tags', ${tagsJson(alias)})`);

export const toCard = (raw: Record<string, unknown>) => ({ ...raw, publishAt: new Date(raw.publishAt as string) }) as ArticleCard;

/** A page of the Magazin, newest first, optionally one tag only: one round trip (the most read list). */
export async function listArticles(database: Database, tag: string, page: number): Promise<{ articles: ArticleCard[]; total: number }> {
  const rows = await database.rows<{ card: Record<string, unknown>; total: number }>(
    "k360_magazine_list",
    sql`select ${cardJson("a")} as card, count(*) over()::int as total from publishing_articles a
      where ${visibleSql("a")} and (${tag}::text = '' or exists (select 1 from publishing_article_tags t where t.article_id = a.id and t.tag = ${tag}::text))
      order by a.publish_at desc, a.id desc limit ${pageSize} offset ${(page - 1) * pageSize}`,
  );
  return { articles: rows.map((r) => toCard(r.card)), total: rows[0]?.total ?? 0 };
}

/** The tags of visible articles with how many articles carry each, most used first. */
export async function listTags(database: Database): Promise<(Tag & { count: number })[]> {
  return database.rows(
    "k360_magazine_tags",
    sql`select t.tag, min(t.label) as label, count(*)::int as count from publishing_article_tags t join publishing_articles a on a.id = t.article_id
      where ${visibleSql("a")} group by t.tag order by count(*) desc, min(t.label)`,
  );
}

/** Visible articles with these ids, in the given order (search hits, computed related articles). */
export async function cardsByIds(db: Db, ids: number[]): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await selectRows<{ card: Record<string, unknown> }>(
    db,
    sql`select ${cardJson("a")} as card from publishing_articles a where a.id = any(${sql.param(ids)}::int[]) and ${visibleSql("a")}`,
  );
  const byId = new Map(rows.map((r) => [Number(r.card.id), toCard(r.card)]));
  return ids.map((id) => byId.get(id)).filter((c): c is ArticleCard => c !== undefined);
}

/** The newest visible articles (for choosing them in a newsletter issue). */
export async function latestCards(db: Db, limit: number): Promise<ArticleCard[]> {
  const rows = await selectRows<{ card: Record<string, unknown> }>(
    db,
    sql`select ${cardJson("a")} as card from publishing_articles a where ${visibleSql("a")} order by a.publish_at desc, a.id desc limit ${limit}`,
  );
  return rows.map((r) => toCard(r.card));
}

/** A visible article by its address (the comment form posts to it). */
export async function findVisibleArticle(db: Db, slug: string): Promise<{ id: number; slug: string; commentsOpen: boolean } | null> {
  const [article] = await selectRows<{ id: number; slug: string; commentsOpen: boolean }>(
    db,
    sql`select a.id, a.slug, a.comments_open as "commentsOpen" from publishing_articles a where a.slug = ${slug} and ${visibleSql("a")}`,
  );
  return article ?? null;
}
