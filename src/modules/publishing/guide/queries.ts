import { and, asc, count, eq, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { guideChapters, guideSections } from "./tables.ts";
import { formatFitsLevel, levels, type Kind, type Level } from "./reference.ts";
import { browse } from "../../../platform/search/engine.ts";
import { episodesOnTopics } from "../podcast/queries.ts";
import { excerpt } from "./views/parts.tsx";
import { listTopics } from "../../municipalities/index.ts";
import { currentProgram, listFormats } from "../../program/index.ts";
import { reportKind, reportsByIds } from "../../exchange/index.ts";

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

/** How many sections each chapter has, for the editors' overview. */
export async function sectionCounts(db: Db): Promise<Map<number, number>> {
  const counted = await db.select({ chapterId: guideSections.chapterId, n: count() }).from(guideSections).groupBy(guideSections.chapterId);
  return new Map(counted.map((row) => [row.chapterId, row.n]));
}

export interface RelatedLink {
  title: string;
  href: string;
  note: string;
}

export interface Related {
  reports: RelatedLink[];
  formats: RelatedLink[];
  episodes: RelatedLink[];
}

const limit = 3;

/** Public practice reports on the chapter's topics, newest first, at most three. */
async function relatedReports(db: Db, topics: string[]): Promise<RelatedLink[]> {
  const lists = await Promise.all(topics.map((topic) => browse(db, { audiences: ["public"], filters: { kinds: [reportKind], topic }, limit })));
  const ids = [...new Set(lists.flatMap((l) => l.hits.map((h) => h.id)))].slice(0, limit);
  const reports = new Map((await reportsByIds(db, ids)).map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = reports.get(id);
    return row ? [{ title: row.title, href: `/austausch/berichte/${row.id}`, note: `Praxisbeispiel aus ${row.municipality.name}` }] : [];
  });
}

/** Formats of the Fellow program that deepen the chapter's level. */
async function relatedFormats(db: Db, level: Level): Promise<RelatedLink[]> {
  const program = await currentProgram(db);
  if (!program) return [];
  return (await listFormats(db, program.id))
    .filter((f) => formatFitsLevel(f, level))
    .map((f) => ({ title: f.title, href: "/fellow-programm", note: f.description }));
}

/** Podcast episodes sharing a topic with the chapter, by the podcast's own rule of what listeners may see. */
async function relatedEpisodes(db: Db, topics: string[]): Promise<RelatedLink[]> {
  return (await episodesOnTopics(db, topics, limit)).map((e) => ({ title: e.title, href: `/podcast/${e.slug}`, note: excerpt(e.description, 160) }));
}

/** What else the platform offers on a chapter's topics: practice reports, trainings and podcast episodes. */
export async function relatedTo(db: Db, chapter: Chapter): Promise<Related> {
  const [reports, formats, found] = await Promise.all([
    relatedReports(db, chapter.topics),
    relatedFormats(db, chapter.level as Level),
    relatedEpisodes(db, chapter.topics),
  ]);
  return { reports, formats, episodes: found };
}
