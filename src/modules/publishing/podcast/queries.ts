import { and, arrayOverlaps, asc, desc, eq, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { audio, episodes, seasons } from "./tables.ts";

export type Season = typeof seasons.$inferSelect;
export type Episode = typeof episodes.$inferSelect;

/** What lists and the feed need of an episode: everything except the transcript itself. */
const summary = {
  id: episodes.id,
  seasonId: episodes.seasonId,
  number: episodes.number,
  slug: episodes.slug,
  title: episodes.title,
  description: episodes.description,
  guests: episodes.guests,
  chapterCount: sql<number>`jsonb_array_length(${episodes.chapters})`.mapWith(Number),
  hasTranscript: sql<boolean>`${episodes.transcript} <> ''`,
  topics: episodes.topics,
  audioType: episodes.audioType,
  audioSize: episodes.audioSize,
  durationSeconds: episodes.durationSeconds,
  isExample: episodes.isExample,
  publishedAt: episodes.publishedAt,
};

async function summaries(db: Db, where?: SQL) {
  return db.select(summary).from(episodes).where(where).orderBy(desc(episodes.number), desc(episodes.id));
}
export type EpisodeSummary = Awaited<ReturnType<typeof summaries>>[number];

/** Listeners see an episode from its publication date on, and only with its audio. */
const published = (now: Date): SQL => and(isNotNull(episodes.publishedAt), lte(episodes.publishedAt, now), isNotNull(episodes.audioSize))!;

export const isPublished = (e: Pick<Episode, "publishedAt" | "audioSize">, now: Date) => e.publishedAt !== null && e.publishedAt <= now && e.audioSize !== null;

export interface SeasonWithEpisodes extends Season {
  episodes: EpisodeSummary[];
}

function group(all: Season[], list: EpisodeSummary[], keepEmpty: boolean): SeasonWithEpisodes[] {
  return all.map((s) => ({ ...s, episodes: list.filter((e) => e.seasonId === s.id) })).filter((s) => keepEmpty || s.episodes.length > 0);
}

/** The seasons that have published episodes, newest season and newest episode first. */
export async function podcastOverview(db: Db, now: Date): Promise<SeasonWithEpisodes[]> {
  const [all, list] = await Promise.all([db.select().from(seasons).orderBy(desc(seasons.number)), summaries(db, published(now))]);
  return group(all, list, false);
}

/** Every season with every episode, drafts included, for the editors. */
export async function editorOverview(db: Db): Promise<SeasonWithEpisodes[]> {
  const [all, list] = await Promise.all([db.select().from(seasons).orderBy(desc(seasons.number)), summaries(db)]);
  return group(all, list, true);
}

/** Published episodes for the feed, newest first, each with its season's number. */
export async function feedEpisodes(db: Db, now: Date) {
  return db
    .select({ ...summary, seasonNumber: seasons.number })
    .from(episodes)
    .innerJoin(seasons, eq(seasons.id, episodes.seasonId))
    .where(published(now))
    .orderBy(desc(episodes.publishedAt), desc(episodes.id));
}

export async function listSeasons(db: Db): Promise<Season[]> {
  return db.select().from(seasons).orderBy(asc(seasons.number));
}

export async function findSeason(db: Db, id: number): Promise<Season | null> {
  return (await db.select().from(seasons).where(eq(seasons.id, id)))[0] ?? null;
}

export async function findEpisode(db: Db, id: number): Promise<Episode | null> {
  return (await db.select().from(episodes).where(eq(episodes.id, id)))[0] ?? null;
}

/** An episode by its address, with its season. */
export async function findEpisodeBySlug(db: Db, slug: string): Promise<(Episode & { season: Season }) | null> {
  const [row] = await db.select().from(episodes).innerJoin(seasons, eq(seasons.id, episodes.seasonId)).where(eq(episodes.slug, slug));
  return row ? { ...row.podcast_episodes, season: row.podcast_seasons } : null;
}

/** What the audio route needs of an episode, read on every range request: no texts. */
export async function findAudioBySlug(db: Db, slug: string) {
  const [row] = await db
    .select({ id: episodes.id, audioType: episodes.audioType, audioSize: episodes.audioSize, publishedAt: episodes.publishedAt })
    .from(episodes)
    .where(eq(episodes.slug, slug));
  return row ?? null;
}

/** Part of an episode's audio; PostgreSQL reads only the pages of the uncompressed column that hold these bytes. */
export async function readAudio(db: Db, episodeId: number, start: number, length: number): Promise<Buffer> {
  const [row] = await db
    .select({ part: sql<Uint8Array>`substring(${audio.data} from ${start + 1}::int for ${length}::int)` })
    .from(audio)
    .where(eq(audio.episodeId, episodeId));
  if (!row) return Buffer.alloc(0);
  return Buffer.isBuffer(row.part) ? row.part : Buffer.from(row.part.buffer, row.part.byteOffset, row.part.byteLength);
}

/** Published episodes on any of these topics, newest first: for cross-links from other parts of the site. */
export async function episodesOnTopics(db: Db, topics: string[], limit = 5, now = new Date()) {
  if (topics.length === 0) return [];
  return db
    .select({
      slug: episodes.slug,
      title: episodes.title,
      description: episodes.description,
      durationSeconds: episodes.durationSeconds,
      publishedAt: episodes.publishedAt,
      topics: episodes.topics,
    })
    .from(episodes)
    .where(and(published(now), arrayOverlaps(episodes.topics, topics)))
    .orderBy(desc(episodes.publishedAt))
    .limit(limit);
}
