import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { articleAuthors, articleEvents, articleMunicipalities, articleRelated, articleRevisions, articles, articleTags } from "../tables.ts";
import type { ArticleInput } from "../queries/article-choices.ts";
import { uniqueSlug } from "../queries/slugs.ts";
import { indexArticle } from "../search.ts";
import { stateOf, type ArticleState } from "../rules/article-state.ts";

export interface SavedArticle {
  id: number;
  slug: string;
  state: ArticleState;
}

async function replaceLinks(tx: Db, id: number, input: ArticleInput) {
  for (const table of [articleAuthors, articleTags, articleRelated, articleMunicipalities, articleEvents])
    await tx.delete(table).where(eq(table.articleId, id));
  if (input.authorIds.length) await tx.insert(articleAuthors).values(input.authorIds.map((authorId, position) => ({ articleId: id, authorId, position })));
  if (input.tags.length) await tx.insert(articleTags).values(input.tags.map((tag) => ({ articleId: id, ...tag })));
  if (input.relatedIds.length) await tx.insert(articleRelated).values(input.relatedIds.map((relatedId, position) => ({ articleId: id, relatedId, position })));
  if (input.municipalityIds.length)
    await tx.insert(articleMunicipalities).values(input.municipalityIds.map((municipalityId) => ({ articleId: id, municipalityId })));
  if (input.eventIds.length) await tx.insert(articleEvents).values(input.eventIds.map((eventId) => ({ articleId: id, eventId })));
}

/**
 * Saves an article as a draft or publishes it (a date in the future schedules it), and writes a
 * revision. Publishing without a date publishes now; a published article keeps its date.
 */
export async function saveArticle(db: Db, userId: number, id: number | null, input: ArticleInput): Promise<CommandResult<SavedArticle>> {
  const publish = input.action === "publish";
  const saved = await db.transaction(async (tx) => {
    const [before] = id === null ? [] : await tx.select({ status: articles.status, publishAt: articles.publishAt }).from(articles).where(eq(articles.id, id));
    const publishAt = input.publishAt ?? (publish ? (before?.status === "published" && before.publishAt) || new Date() : null);
    const values = {
      title: input.title,
      teaser: input.teaser,
      body: input.body,
      status: publish ? "published" : "draft",
      publishAt,
      commentsOpen: input.commentsOpen,
      updatedAt: new Date(),
    };
    const returned = { id: articles.id, slug: articles.slug };
    const [row] =
      id === null
        ? await tx
            .insert(articles)
            .values({ ...values, slug: await uniqueSlug(tx, articles, input.title, "beitrag"), createdBy: userId })
            .returning(returned)
        : await tx.update(articles).set(values).where(eq(articles.id, id)).returning(returned);
    await replaceLinks(tx, row.id, input);
    await tx.insert(articleRevisions).values({ articleId: row.id, title: input.title, teaser: input.teaser, body: input.body, savedBy: userId });
    return { ...row, state: stateOf(values.status, publishAt) };
  });
  await indexArticle(db, saved.id);
  return succeeded(saved);
}
