import type { Db } from "../../../db/client.ts";
import { browse } from "../../../platform/search/engine.ts";
import { episodesOnTopics } from "../podcast/queries.ts";
import { formatFitsLevel, type Level } from "./reference.ts";
import type { Chapter } from "./queries.ts";
import { excerpt } from "./views/parts.tsx";
import { currentProgram, listFormats } from "../../program/index.ts";
import { reportKind, reportsByIds } from "../../exchange/index.ts";

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
