import type { Db } from "../../../db/client.ts";
import { personaSeeds } from "../seed/personas.ts";
import { personas } from "../tables.ts";
import { findMunicipality } from "../../municipalities/index.ts";

/** The example personas, marked as examples; shared ones as the seed says. */
export async function seedPersonasDemo(db: Db): Promise<void> {
  for (const seed of personaSeeds) {
    const place = await findMunicipality(db, seed.ags);
    if (!place) throw new Error(`Beispiel-Persona ${seed.name}: keine Kommune mit AGS ${seed.ags}`);
    const { ags: _, ...fields } = seed;
    await db.insert(personas).values({ ...fields, municipalityId: place.id, isExample: true });
  }
}
