import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { indexDocument, removeDocument } from "../../../platform/search/indexer.ts";
import { search } from "../../../platform/search/engine.ts";
import { snippet, type SnippetSegment } from "../../../platform/search/snippet.ts";
import { plainText } from "../../../platform/markdown.ts";
import { articleAuthors, articles, articleTags, authors } from "./tables.ts";
import { cardsByIds, type ArticleCard } from "./queries/articles.ts";
import { pageSize } from "./reference.ts";

/** The kind of Magazin articles in the platform's search index. */
export const articleKind = "artikel";

/** The Magazin's tests check the search text through this module. */

/**
 * A published article goes into the index with its date, also while it is scheduled: readers'
 * lists drop what is not yet due (cardsByIds), so it appears in results on its date without a job.
 * Drafts are taken out.
 */
export async function indexArticle(db: Db, id: number): Promise<void> {
  const [article] = await db.select().from(articles).where(eq(articles.id, id));
  if (!article || article.status !== "published" || !article.publishAt) return removeDocument(db, articleKind, id);
  const [names, tags] = await Promise.all([
    db.select({ name: authors.name }).from(articleAuthors).innerJoin(authors, eq(authors.id, articleAuthors.authorId)).where(eq(articleAuthors.articleId, id)),
    db.select({ label: articleTags.label }).from(articleTags).where(eq(articleTags.articleId, id)),
  ]);
  await indexDocument(db, {
    kind: articleKind,
    id,
    audience: "public",
    title: article.title,
    body: [article.teaser, plainText(article.body), names.map((n) => n.name).join(", "), tags.map((t) => t.label).join(", ")].join("\n"),
    date: article.publishAt,
  });
}

/** Every published article into the (emptied) index; the module's `indexAll`. */
export async function indexAllArticles(db: Db): Promise<void> {
  const published = await db.select({ id: articles.id }).from(articles).where(eq(articles.status, "published"));
  for (const left of published) await indexArticle(db, left.id);
}

export interface ArticleHit {
  card: ArticleCard;
  snippet: SnippetSegment[];
}

/** The search over all visible articles, best first, with the passage that matches. */
export async function searchArticles(db: Db, query: string, page: number): Promise<{ hits: ArticleHit[]; more: boolean; corrected: string[] }> {
  const result = await search(db, { query, audiences: ["public"], filters: { kinds: [articleKind] }, limit: pageSize, offset: (page - 1) * pageSize });
  const ids = result.hits.map((h) => h.id);
  if (ids.length === 0) return { hits: [], more: false, corrected: result.corrected };
  const [cards, bodies] = await Promise.all([
    cardsByIds(db, ids),
    db.select({ id: articles.id, body: articles.body }).from(articles).where(inArray(articles.id, ids)),
  ]);
  const bodyOf = new Map(bodies.map((b) => [b.id, b.body]));
  return {
    hits: cards.map((card) => ({ card, snippet: snippet(`${card.teaser}\n${plainText(bodyOf.get(card.id) ?? "")}`, result.terms) })),
    more: result.more,
    corrected: result.corrected,
  };
}

/** Articles the search finds for an article's title and teaser (for "Mehr zum Thema"), best first. */
export async function findRelatedBySearch(db: Db, article: { title: string; teaser: string }): Promise<number[]> {
  const result = await search(db, {
    query: `${article.title} ${article.teaser}`.slice(0, 1000),
    audiences: ["public"],
    filters: { kinds: [articleKind] },
    limit: 8,
  });
  return result.hits.map((h) => h.id);
}
