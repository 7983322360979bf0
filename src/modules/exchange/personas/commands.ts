import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { checkPlainText, hasErrors, text, type FieldErrors } from "../../../platform/forms.ts";
import { personas } from "../tables.ts";
import type { Reader } from "./access.ts";
import type { Persona } from "./queries.ts";
import { limits, messages, quadrants } from "./texts.ts";

export type Result = { ok: true; id: number } | { ok: false; errors: FieldErrors };

const textFields = ["name", "role", ...quadrants.map((q) => q.field)] as const;

/**
 * Creates a persona for the member's municipality (the team picks one of the cohort), or changes one.
 * Sharing with the cohort is only for municipalities in the cohort.
 */
export async function savePersona(db: Db, reader: Reader, existing: Persona | null, input: Record<string, unknown>, errors: FieldErrors = {}): Promise<Result> {
  checkPlainText(input, textFields, errors);
  const name = text(input.name).trim();
  const role = text(input.role).trim();
  if (!name && !errors.name) errors.name = messages.name;
  if (!role && !errors.role) errors.role = messages.role;
  for (const [field, max] of [["name", limits.name], ["role", limits.role], ...quadrants.map((q) => [q.field, limits.text] as const)] as const) {
    if (text(input[field]).length > max && !errors[field]) errors[field] = messages.tooLong(max);
  }
  let municipalityId = existing?.municipalityId ?? reader.municipalityId;
  if (!existing && reader.isTeam) {
    const chosen = Number(text(input.municipalityId));
    municipalityId = Number.isInteger(chosen) && chosen > 0 && (await reader.isCohort(chosen)) ? chosen : null;
    if (municipalityId === null) errors.municipalityId = messages.municipality;
  }
  const shared = text(input.shared) === "ja";
  if (shared && municipalityId !== null && !(await reader.isCohort(municipalityId)) && !errors.shared) errors.shared = messages.notInCohort;
  if (hasErrors(errors) || municipalityId === null) return { ok: false, errors };
  const values = {
    name,
    role,
    drives: text(input.drives).trim(),
    stumblingBlocks: text(input.stumblingBlocks).trim(),
    whatWorks: text(input.whatWorks).trim(),
    nextSteps: text(input.nextSteps).trim(),
    shared,
    updatedAt: new Date(),
  };
  if (existing) {
    await db.update(personas).set(values).where(eq(personas.id, existing.id));
    return { ok: true, id: existing.id };
  }
  const [row] = await db
    .insert(personas)
    .values({ ...values, municipalityId })
    .returning({ id: personas.id });
  return { ok: true, id: row.id };
}
