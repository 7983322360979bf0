import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { hasErrors, type FieldErrors } from "../../../platform/forms.ts";
import { slugify } from "../../../platform/slug.ts";
import { selectRows } from "../../../db/rows.ts";
import { articleAuthors, authors, articleEvents, articleMunicipalities, articleRelated, articleRevisions, articles, articleTags } from "./tables.ts";
import { checkArticle, type ArticleInput, type SaveAction } from "./article-input.ts";
import { indexArticle } from "./search.ts";
import { stateOf, type ArticleState } from "./article-state.ts";

export type Result = { ok: true; id: number; slug: string; state: ArticleState } | { ok: false; errors: FieldErrors };

/** Addresses under /magazin/ that belong to pages, not articles (feed.rss and feed.atom have a dot no slug has). */
export const reservedSlugs = new Set(["autorinnen", "bilder", "kommentare", "redaktion", "suche"]);

/** A free address: the title's slug, or with -2, -3 … when taken. */
export async function uniqueSlug(db: Db, table: typeof articles | typeof authors, name: string, fallback: string): Promise<string> {
  const base = slugify(name).slice(0, 80).replace(/-$/, "") || fallback;
  const rows = await selectRows<{ slug: string }>(db, sql`select slug from ${table} where slug = ${base} or slug like ${`${base}-%`}`);
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(base) && !reservedSlugs.has(base)) return base;
  let count = 2;
  while (taken.has(`${base}-${count}`)) count++;
  return `${base}-${count}`;
}

async function replaceLinks(tx: Db, id: number, input: ArticleInput) {
  for (const table of [articleAuthors, articleTags, articleRelated, articleMunicipalities, articleEvents])
    await tx.delete(table).where(eq(table.articleId, id));
  if (input.authorIds.length) await tx.insert(articleAuthors).values(input.authorIds.map((authorId, position) => ({ articleId: id, authorId, position })));
  if (input.tags.length) await tx.insert(articleTags).values(input.tags.map((t) => ({ articleId: id, ...t })));
  if (input.relatedIds.length) await tx.insert(articleRelated).values(input.relatedIds.map((relatedId, position) => ({ articleId: id, relatedId, position })));
  if (input.municipalityIds.length)
    await tx.insert(articleMunicipalities).values(input.municipalityIds.map((municipalityId) => ({ articleId: id, municipalityId })));
  if (input.eventIds.length) await tx.insert(articleEvents).values(input.eventIds.map((eventId) => ({ articleId: id, eventId })));
}

/**
 * Saves an article as a draft or publishes it (a date in the future schedules it), and writes a
 * revision. Publishing without a date publishes now; a published article keeps its date.
 */
export async function saveArticle(
  db: Db,
  userId: number,
  id: number | null,
  input: Record<string, unknown>,
  action: SaveAction,
  errors: FieldErrors = {},
): Promise<Result> {
  const checked = await checkArticle(db, id, input, action, errors);
  if (hasErrors(errors)) return { ok: false, errors };
  const saved = await db.transaction(async (tx) => {
    const [before] = id === null ? [] : await tx.select({ status: articles.status, publishAt: articles.publishAt }).from(articles).where(eq(articles.id, id));
    const publishAt = checked.publishAt ?? (action === "publish" ? (before?.status === "published" && before.publishAt) || new Date() : null);
    const values = {
      title: checked.title,
      teaser: checked.teaser,
      body: checked.body,
      status: action === "publish" ? "published" : "draft",
      publishAt,
      commentsOpen: checked.commentsOpen,
      updatedAt: new Date(),
    };
    let row: { id: number; slug: string };
    if (id === null) {
      const slug = await uniqueSlug(tx, articles, checked.title, "beitrag");
      [row] = await tx
        .insert(articles)
        .values({ ...values, slug, createdBy: userId })
        .returning({ id: articles.id, slug: articles.slug });
    } else {
      [row] = await tx.update(articles).set(values).where(eq(articles.id, id)).returning({ id: articles.id, slug: articles.slug });
    }
    await replaceLinks(tx, row.id, checked);
    await tx.insert(articleRevisions).values({ articleId: row.id, title: checked.title, teaser: checked.teaser, body: checked.body, savedBy: userId });
    return { ...row, state: stateOf(values.status, publishAt) } as const;
  });
  await indexArticle(db, saved.id);
  return { ok: true, ...saved };
}

/** Brings back the title, teaser and text of an earlier revision; the restore is itself a new revision. */
export async function restoreRevision(db: Db, userId: number, articleId: number, revisionId: number): Promise<boolean> {
  const restored = await db.transaction(async (tx) => {
    const [revision] = await tx
      .select()
      .from(articleRevisions)
      .where(and(eq(articleRevisions.id, revisionId), eq(articleRevisions.articleId, articleId)));
    if (!revision) return false;
    const { title, teaser, body } = revision;
    await tx.update(articles).set({ title, teaser, body, updatedAt: new Date() }).where(eq(articles.id, articleId));
    await tx.insert(articleRevisions).values({ articleId, title, teaser, body, savedBy: userId });
    return true;
  });
  if (restored) await indexArticle(db, articleId);
  return restored;
}
