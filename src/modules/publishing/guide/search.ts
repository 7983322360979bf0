import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { indexDocument, removeDocument } from "../../../platform/search/indexer.ts";
import { search } from "../../../platform/search/engine.ts";
import { snippet, type SnippetSegment } from "../../../platform/search/snippet.ts";
import { guideChapters, guideSections } from "./tables.ts";
import { guideSearchKind } from "./reference.ts";
import { plainText } from "../../../platform/markdown.ts";
import { sectionsByIds, type Chapter, type FoundSection, type Section } from "./queries.ts";

async function put(db: Db, section: Section, chapter: Chapter) {
  await indexDocument(db, {
    kind: guideSearchKind,
    id: section.id,
    audience: "public",
    title: section.title,
    body: `${chapter.title}\n${plainText(section.body)}`,
    topics: chapter.topics,
  });
}

/** Puts one section into the public search index (again), with its chapter's title and topics. */
export async function indexSection(db: Db, sectionId: number): Promise<void> {
  const [row] = await db
    .select({ section: guideSections, chapter: guideChapters })
    .from(guideSections)
    .innerJoin(guideChapters, eq(guideChapters.id, guideSections.chapterId))
    .where(eq(guideSections.id, sectionId));
  if (!row) return removeDocument(db, guideSearchKind, sectionId);
  await put(db, row.section, row.chapter);
}

/** Indexes every section of a chapter again (its title or topics changed). */
export async function indexChapter(db: Db, chapterId: number): Promise<void> {
  const [chapter] = await db.select().from(guideChapters).where(eq(guideChapters.id, chapterId));
  if (!chapter) return;
  for (const section of await db.select().from(guideSections).where(eq(guideSections.chapterId, chapterId))) await put(db, section, chapter);
}

export const unindexSection = (db: Db, sectionId: number) => removeDocument(db, guideSearchKind, sectionId);

/** Every section of the guide into the (emptied) search index, at start-up. */
export async function indexAllGuide(db: Db): Promise<void> {
  for (const chapter of await db.select({ id: guideChapters.id }).from(guideChapters)) await indexChapter(db, chapter.id);
}

export interface GuideHit {
  section: FoundSection;
  snippet: SnippetSegment[];
}

export const guidePageSize = 10;

/** The guide's sections matching a query, best first, with an excerpt around the words found. */
export async function searchGuide(db: Db, query: string, page: number) {
  const result = await search(db, {
    query,
    audiences: ["public"],
    filters: { kinds: [guideSearchKind] },
    limit: guidePageSize,
    offset: (page - 1) * guidePageSize,
  });
  const sections = new Map(
    (
      await sectionsByIds(
        db,
        result.hits.map((h) => h.id),
      )
    ).map((s) => [s.id, s]),
  );
  const hits: GuideHit[] = result.hits.flatMap((hit) => {
    const section = sections.get(hit.id);
    return section ? [{ section, snippet: snippet(plainText(section.body), result.terms) }] : [];
  });
  return { hits, more: result.more, corrected: result.corrected, unknown: result.unknown };
}
