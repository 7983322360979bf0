import { and, arrayOverlaps, asc, desc, eq, isNotNull, lte, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { foldForSearch } from "../../../platform/search/fold.ts";
import { guestField, guestRows } from "./schemas.ts";
import { audio, episodes, seasons, type Guest } from "./tables.ts";
import { findMunicipality, listMunicipalities, listMunicipalitiesByIds } from "../../municipalities/index.ts";

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

/** Listeners see an episode from its publication date on, and only with its audio (as rules/publication.ts says). */
const published = (now: Date): SQL => and(isNotNull(episodes.publishedAt), lte(episodes.publishedAt, now), isNotNull(episodes.audioSize))!;

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

const chunkBytes = 512 * 1024;

/** The audio in pieces, each read from the database only when the client is ready for it. */
export async function* audioChunks(db: Db, episodeId: number, start: number, end: number) {
  for (let at = start; at <= end; at += chunkBytes) yield await readAudio(db, episodeId, at, Math.min(chunkBytes, end - at + 1));
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

/** The municipality an editor typed (its name or AGS) in the directory; for none or several, the names that come close. */
export async function findGuestMunicipality(db: Db, typed: string): Promise<{ id: number } | { several: boolean; names: string[] }> {
  const wanted = foldForSearch(typed);
  const { items, suggestions } = await listMunicipalities(db, { q: typed });
  const match = items.find((m) => foldForSearch(m.name) === wanted || m.ags === typed) ?? (items.length === 1 ? items[0] : undefined);
  const found = match ? await findMunicipality(db, match.ags) : null;
  if (found) return { id: found.id };
  return { several: items.length > 1, names: (items.length ? items : suggestions).slice(0, 5).map((m) => m.name) };
}

/** The form's guest fields for stored guests, with each municipality written by its name. */
export async function guestValues(db: Db, guests: Guest[]): Promise<Record<string, string>> {
  const ids = guests.flatMap((guest) => (guest.municipalityId ? [guest.municipalityId] : []));
  const places = new Map((await listMunicipalitiesByIds(db, ids)).map((m) => [m.id, m.name]));
  return Object.fromEntries(
    guests.slice(0, guestRows).flatMap((guest, index) => [
      [guestField(index + 1, "Name"), guest.name],
      [guestField(index + 1, "Role"), guest.role],
      [guestField(index + 1, "Municipality"), guest.municipalityId ? (places.get(guest.municipalityId) ?? "") : ""],
    ]),
  );
}
