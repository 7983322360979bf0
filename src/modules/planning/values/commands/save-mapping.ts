import { sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { planningMappings } from "../../tables.ts";
import type { Mapping } from "../rules/mapping.ts";

/** Remembers a mapping under its name (one per source); the same name again replaces it. */
export async function saveMapping(db: Db, municipalityId: number, name: string, mapping: Mapping): Promise<void> {
  await db
    .insert(planningMappings)
    .values({ municipalityId, name, mapping })
    .onConflictDoUpdate({ target: [planningMappings.municipalityId, planningMappings.name], set: { mapping: sql`excluded.mapping` } });
}
