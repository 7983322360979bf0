import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { municipalities, municipalityTopics } from "../tables.ts";
import { contactKeys, type ProfileInput } from "../schemas.ts";
import { knownTopics } from "../queries/lookups.ts";
import { indexMunicipality } from "../search.ts";
import { messages } from "../texts.ts";
import { parseDomains } from "../rules/official-domains.ts";

/**
 * Saves a profile's description, the Jugendamt's contact details and the municipality's topics; the
 * official mail domains only when the route says the user may change them (the admin).
 */
export async function updateProfile(db: Db, municipalityId: number, input: ProfileInput, options = { domains: false }): Promise<CommandResult> {
  const topicSlugs = await knownTopics(db, input.topics ?? []);
  if (topicSlugs.length !== new Set(input.topics ?? []).size) return refused({ topics: messages.unknownTopic });
  const domains = options.domains && input.officialDomains !== undefined ? parseDomains(input.officialDomains) : null;
  if (domains && !domains.ok) return refused({ officialDomains: messages.badDomain(domains.invalid) });
  // A field the form did not send stays as it is (drizzle leaves undefined values out).
  const contact = Object.fromEntries(contactKeys.map((key) => [key, input[key]]));
  await db.transaction(async (tx) => {
    await tx
      .update(municipalities)
      .set({ description: input.description, ...contact, officialDomains: domains?.domains, updatedAt: new Date() })
      .where(eq(municipalities.id, municipalityId));
    await tx.delete(municipalityTopics).where(eq(municipalityTopics.municipalityId, municipalityId));
    if (topicSlugs.length) await tx.insert(municipalityTopics).values(topicSlugs.map((topicSlug) => ({ municipalityId, topicSlug })));
    // In the same transaction: peers are kept under the generation this commit moves on and read the index.
    await indexMunicipality(tx, municipalityId);
  });
  return succeeded(null);
}
