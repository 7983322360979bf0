import type { Static } from "@fastify/type-provider-typebox";
import type { Db } from "../../../db/client.ts";
import { checkPlainText, hasErrors, text, type FieldErrors } from "../../../platform/forms.ts";
import { municipalities } from "../tables.ts";
import type { municipalityBody } from "../schemas.ts";
import { findMunicipality } from "../queries.ts";
import { record } from "../seed/districts.ts";
import type { CommandResult } from "./validate.ts";

export type MunicipalityInput = Static<typeof municipalityBody>;

function parseNumber(raw: unknown, field: string, errors: FieldErrors, max: number): number {
  const value = text(raw);
  const n = Number(value.trim().replaceAll(".", "").replace(",", "."));
  if (value.trim() === "" || !Number.isFinite(n) || n <= 0 || n > max) {
    errors[field] = `Bitte geben Sie eine Zahl größer als 0 und höchstens ${max.toLocaleString("de-DE")} ein.`;
    return 0;
  }
  return n;
}

/** A new kreisangehörige Stadt needs a free 8-digit AGS whose first five digits name an existing Kreis. */
async function checkAgs(db: Db, ags: string, errors: FieldErrors): Promise<string> {
  if (!/^\d{8}$/.test(ags)) {
    errors.ags = "Der Gemeindeschlüssel einer kreisangehörigen Stadt hat genau 8 Ziffern, z. B. 05758012.";
    return "";
  }
  if (await findMunicipality(db, ags)) {
    errors.ags = "Eine Kommune mit diesem Gemeindeschlüssel gibt es bereits.";
    return "";
  }
  const parent = await findMunicipality(db, ags.slice(0, 5));
  if (!parent || !["kreis", "landkreis", "regionalverband"].includes(parent.kind)) {
    errors.ags = `Zu diesem Schlüssel gibt es keinen Kreis (${ags.slice(0, 5)}). Bitte prüfen Sie die ersten fünf Ziffern.`;
    return "";
  }
  return parent.ags;
}

/** Adds a kreisangehörige Stadt with its own Jugendamt; all Kreise and kreisfreie Städte exist already. */
export async function createMunicipality(db: Db, input: MunicipalityInput, errors: FieldErrors = {}): Promise<CommandResult<string>> {
  checkPlainText(input, ["name"], errors);
  const ags = text(input.ags).trim();
  let parentAgs = "";
  if (!errors.ags) parentAgs = await checkAgs(db, ags, errors);
  const population = Math.round(parseNumber(input.population, "population", errors, 5_000_000));
  const areaKm2 = parseNumber(input.areaKm2, "areaKm2", errors, 5_000);
  if (hasErrors(errors)) return { ok: false, errors };
  const name = input.name.trim();
  const values = record({ ags, name, officialName: name, kind: "kreisangehoerige_stadt", parentAgs, population, areaKm2 });
  await db.insert(municipalities).values(values);
  return { ok: true, value: values.slug };
}
