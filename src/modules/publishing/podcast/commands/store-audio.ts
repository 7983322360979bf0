import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { audio, episodes } from "../tables.ts";

/** Stores an episode's checked audio (rules/audio-file.ts), replacing any earlier file. */
export async function storeAudio(
  db: Db,
  episodeId: number,
  file: { fileName: string; type: string; durationSeconds: number },
  data: Buffer,
): Promise<CommandResult<number>> {
  await db.transaction(async (tx) => {
    await tx.insert(audio).values({ episodeId, data }).onConflictDoUpdate({ target: audio.episodeId, set: { data } });
    await tx
      .update(episodes)
      .set({ audioFileName: file.fileName, audioType: file.type, audioSize: data.length, durationSeconds: file.durationSeconds, updatedAt: new Date() })
      .where(eq(episodes.id, episodeId));
  });
  return succeeded(episodeId);
}
