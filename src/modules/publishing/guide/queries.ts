import { and, asc, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { guideChapters, guideSections } from "./tables.ts";
import { levels, type Kind, type Level } from "./reference.ts";
import { listTopics } from "../../municipalities/index.ts";

export type Chapter = typeof guideChapters.$inferSelect;
export type Section = typeof guideSections.$inferSelect;
export interface ChapterWithSections extends Chapter {
  sections: Section[];
}
export interface FoundSection extends Section {
  chapter: Pick<Chapter, "id" | "slug" | "title" | "level">;
}

const levelOrder = Object.keys(levels);
const byLevel = (a: Chapter, b: Chapter) => levelOrder.indexOf(a.level) - levelOrder.indexOf(b.level) || a.position - b.position || a.id - b.id;

/** All chapters in reading order: level by level, then by position. */
export async function listChapters(db: Db): Promise<Chapter[]> {
  return (await db.select().from(guideChapters).orderBy(asc(guideChapters.position), asc(guideChapters.id))).sort(byLevel);
}

/** The chapter at an address, or null. */
export async function findChapterBySlug(db: Db, slug: string): Promise<Chapter | null> {
  const [row] = await db.select().from(guideChapters).where(eq(guideChapters.slug, slug));
  return row ?? null;
}

/** A chapter by id, or null. */
export async function findChapter(db: Db, id: number): Promise<Chapter | null> {
  const [row] = await db.select().from(guideChapters).where(eq(guideChapters.id, id));
  return row ?? null;
}

/** A section by id, or null. */
export async function findSection(db: Db, id: number): Promise<Section | null> {
  const [row] = await db.select().from(guideSections).where(eq(guideSections.id, id));
  return row ?? null;
}

/** The sections of some chapters in their order, one query for all. */
export async function sectionsOf(db: Db, chapterIds: number[]): Promise<Section[]> {
  if (chapterIds.length === 0) return [];
  return db.select().from(guideSections).where(inArray(guideSections.chapterId, chapterIds)).orderBy(asc(guideSections.position), asc(guideSections.id));
}

/** Chapters with their sections, in reading order (the whole guide when no chapters are given). */
export async function chaptersWithSections(db: Db, only?: Chapter[]): Promise<ChapterWithSections[]> {
  const chapters = only ?? (await listChapters(db));
  const sections = await sectionsOf(
    db,
    chapters.map((c) => c.id),
  );
  return chapters.map((c) => ({ ...c, sections: sections.filter((s) => s.chapterId === c.id) }));
}

/** Sections of one level and/or kind across all chapters, in reading order. */
export async function filterSections(db: Db, filter: { level?: Level; kind?: Kind }): Promise<FoundSection[]> {
  const where: SQL[] = [];
  if (filter.level) where.push(eq(guideChapters.level, filter.level));
  if (filter.kind) where.push(eq(guideSections.kind, filter.kind));
  const rows = await db
    .select({ section: guideSections, chapter: guideChapters })
    .from(guideSections)
    .innerJoin(guideChapters, eq(guideChapters.id, guideSections.chapterId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(guideSections.position), asc(guideSections.id));
  return rows
    .sort((a, b) => byLevel(a.chapter, b.chapter))
    .map(({ section, chapter }) => ({ ...section, chapter: { id: chapter.id, slug: chapter.slug, title: chapter.title, level: chapter.level } }));
}

/** Sections by id with their chapter, for search hits. */
export async function sectionsByIds(db: Db, ids: number[]): Promise<FoundSection[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ section: guideSections, chapter: guideChapters })
    .from(guideSections)
    .innerJoin(guideChapters, eq(guideChapters.id, guideSections.chapterId))
    .where(inArray(guideSections.id, ids));
  return rows.map(({ section, chapter }) => ({ ...section, chapter: { id: chapter.id, slug: chapter.slug, title: chapter.title, level: chapter.level } }));
}

/** Labels of topic slugs from the shared taxonomy, in the taxonomy's order. */
export async function topicLabels(db: Db): Promise<Map<string, string>> {
  return new Map((await listTopics(db)).map((t) => [t.slug, t.label]));
}
