import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { municipalities, municipalityTopics } from "../tables.ts";
import { contactKeys, type ProfileInput } from "../schemas.ts";
import { knownTopics } from "../queries/lookups.ts";
import { indexMunicipality } from "../search.ts";
import { messages } from "../texts.ts";

/** Saves a profile's description, the Jugendamt's contact details and the municipality's topics. */
export async function updateProfile(db: Db, municipalityId: number, input: ProfileInput): Promise<CommandResult> {
  const topicSlugs = await knownTopics(db, input.topics ?? []);
  if (topicSlugs.length !== new Set(input.topics ?? []).size) return refused({ topics: messages.unknownTopic });
  // A field the form did not send stays as it is (drizzle leaves undefined values out).
  const contact = Object.fromEntries(contactKeys.map((key) => [key, input[key]]));
  await db.transaction(async (tx) => {
    await tx
      .update(municipalities)
      .set({ description: input.description, ...contact, updatedAt: new Date() })
      .where(eq(municipalities.id, municipalityId));
    await tx.delete(municipalityTopics).where(eq(municipalityTopics.municipalityId, municipalityId));
    if (topicSlugs.length) await tx.insert(municipalityTopics).values(topicSlugs.map((topicSlug) => ({ municipalityId, topicSlug })));
    // In the same transaction: peers are kept under the generation this commit moves on and read the index.
    await indexMunicipality(tx, municipalityId);
  });
  return succeeded(null);
}
