import type { Db } from "../../../db/client.ts";
import { checkAudio } from "./rules/audio-file.ts";
import { parseChapters } from "./rules/chapters.ts";
import { storeAudio } from "./commands/store-audio.ts";
import { berlinInstant } from "../../../platform/dates.ts";
import { silentMp3 } from "./rules/silence.ts";
import { episodes, seasons } from "./tables.ts";
import { participationSeason } from "./seed/season-1.ts";
import { cooperationSeason } from "./seed/season-2.ts";
import { leadershipSeason } from "./seed/season-3.ts";
import { findMunicipality } from "../../municipalities/index.ts";

/** The three seasons with invented example episodes, each with a few seconds of silent audio; only into an empty podcast. */
export async function seedPodcastDemo(db: Db): Promise<void> {
  if ((await db.select({ id: seasons.id }).from(seasons).limit(1)).length > 0) return;
  for (const season of [participationSeason, cooperationSeason, leadershipSeason]) {
    const [{ id: seasonId }] = await db
      .insert(seasons)
      .values({ number: season.number, slug: season.slug, title: season.title, description: season.description })
      .returning({ id: seasons.id });
    for (const episode of season.episodes) {
      const parsed = parseChapters(episode.chapters);
      if ("error" in parsed) throw new Error(`Beispielfolge ${episode.slug}: ${parsed.error}`);
      const guests = await Promise.all(
        episode.guests.map(async (g) => ({ name: g.name, role: g.role, municipalityId: g.ags ? ((await findMunicipality(db, g.ags))?.id ?? null) : null })),
      );
      const [{ id }] = await db
        .insert(episodes)
        .values({
          seasonId,
          number: episode.number,
          slug: episode.slug,
          title: episode.title,
          description: episode.description,
          guests,
          chapters: parsed.chapters,
          transcript: episode.transcript,
          topics: episode.topics,
          isExample: true,
          publishedAt: episode.publishedOn ? berlinInstant(episode.publishedOn, "00:00") : null,
        })
        .returning({ id: episodes.id });
      const data = silentMp3(episode.seconds);
      const audio = await checkAudio(`${episode.slug}.mp3`, data);
      if (!audio.ok) throw new Error(`Beispielfolge ${episode.slug}: ${audio.error}`);
      await storeAudio(db, id, audio, data);
    }
  }
}
