import { eq } from "drizzle-orm";
import type { Static } from "@fastify/type-provider-typebox";
import type { Db } from "../../../db/client.ts";
import { asList, checkPlainText, hasErrors, text, type FieldErrors } from "../../../platform/forms.ts";
import { municipalities, municipalityTopics } from "../tables.ts";
import type { profileBody } from "../schemas.ts";
import { checkTopics, parseWebsite, type CommandResult } from "./validate.ts";
import { indexMunicipality } from "../search.ts";

export type ProfileInput = Static<typeof profileBody>;

export async function updateProfile(db: Db, municipalityId: number, input: ProfileInput, errors: FieldErrors = {}): Promise<CommandResult<null>> {
  checkPlainText(input, ["description", "youthOfficeName", "youthOfficeAddress", "youthOfficeWebsite"], errors);
  const website = errors.youthOfficeWebsite ? "" : parseWebsite(text(input.youthOfficeWebsite), "youthOfficeWebsite", errors);
  const topicSlugs = await checkTopics(db, asList(input.topics), errors);
  if (hasErrors(errors)) return { ok: false, errors };
  await db.transaction(async (tx) => {
    await tx
      .update(municipalities)
      .set({
        description: input.description.trim(),
        youthOfficeName: input.youthOfficeName.trim(),
        youthOfficeAddress: input.youthOfficeAddress.trim(),
        youthOfficeWebsite: website,
        updatedAt: new Date(),
      })
      .where(eq(municipalities.id, municipalityId));
    await tx.delete(municipalityTopics).where(eq(municipalityTopics.municipalityId, municipalityId));
    if (topicSlugs.length) await tx.insert(municipalityTopics).values(topicSlugs.map((topicSlug) => ({ municipalityId, topicSlug })));
    // In the same transaction: peers are kept under the generation this commit moves on and read the index.
    await indexMunicipality(tx, municipalityId);
  });
  return { ok: true, value: null };
}
