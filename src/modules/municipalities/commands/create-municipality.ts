import type { Db } from "../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { municipalities } from "../tables.ts";
import type { MunicipalityInput } from "../schemas.ts";
import { findMunicipality } from "../queries/lookups.ts";
import { record } from "../seed/districts.ts";
import { messages } from "../texts.ts";

const parentKinds = ["kreis", "landkreis", "regionalverband"];

/** Why this AGS cannot be a new kreisangehörige Stadt, or null: 8 digits, free, and the first five name a Kreis. */
async function agsProblem(db: Db, ags: string): Promise<string | null> {
  if (!/^\d{8}$/.test(ags)) return messages.agsFormat;
  if (await findMunicipality(db, ags)) return messages.agsTaken;
  const parent = await findMunicipality(db, ags.slice(0, 5));
  return parent && parentKinds.includes(parent.kind) ? null : messages.noParentKreis(ags.slice(0, 5));
}

/** Adds a kreisangehörige Stadt with its own Jugendamt; all Kreise and kreisfreie Städte exist already. */
export async function createMunicipality(db: Db, input: MunicipalityInput): Promise<CommandResult<string>> {
  const problem = await agsProblem(db, input.ags);
  if (problem) return refused({ ags: problem });
  const values = record({
    ags: input.ags,
    name: input.name,
    officialName: input.name,
    kind: "kreisangehoerige_stadt",
    parentAgs: input.ags.slice(0, 5),
    population: Math.round(input.population ?? 0),
    areaKm2: input.areaKm2 ?? 0,
    figuresAsOf: null,
  });
  await db.insert(municipalities).values(values);
  return succeeded(values.slug);
}
