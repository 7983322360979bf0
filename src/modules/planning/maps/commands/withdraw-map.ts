import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { planningPublications } from "../../tables.ts";

/** Withdraws a published map: it is gone from its address and the profile. False when the municipality has no such map. */
export async function withdrawMap(db: Db, municipalityId: number, id: number): Promise<boolean> {
  const rows = await db
    .delete(planningPublications)
    .where(and(eq(planningPublications.municipalityId, municipalityId), eq(planningPublications.id, id)))
    .returning({ id: planningPublications.id });
  return rows.length > 0;
}
