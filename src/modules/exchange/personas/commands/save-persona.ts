import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { personas } from "../../tables.ts";
import type { Reader } from "../policies.ts";
import type { Persona } from "../queries.ts";
import type { PersonaInput } from "../schemas.ts";
import { messages } from "../texts.ts";

/** The municipality a persona belongs to: its own, the member's, or the cohort municipality the team chose. */
async function municipalityOf(reader: Reader, existing: Persona | null, input: PersonaInput): Promise<number | null> {
  if (existing || !reader.isTeam) return existing?.municipalityId ?? reader.municipalityId;
  const chosen = input.municipalityId;
  return typeof chosen === "number" && (await reader.isCohort(chosen)) ? chosen : null;
}

/**
 * Creates a persona for the member's municipality (the team picks one of the cohort), or changes one.
 * Sharing with the cohort is only for municipalities in the cohort.
 */
export async function savePersona(db: Db, reader: Reader, existing: Persona | null, input: PersonaInput): Promise<CommandResult<number>> {
  const municipalityId = await municipalityOf(reader, existing, input);
  if (municipalityId === null) return refused({ municipalityId: messages.municipality });
  const shared = input.shared === true;
  if (shared && !(await reader.isCohort(municipalityId))) return refused({ shared: messages.notInCohort });
  const values = {
    name: input.name,
    role: input.role,
    drives: input.drives ?? "",
    stumblingBlocks: input.stumblingBlocks ?? "",
    whatWorks: input.whatWorks ?? "",
    nextSteps: input.nextSteps ?? "",
    shared,
    updatedAt: new Date(),
  };
  if (existing) {
    await db.update(personas).set(values).where(eq(personas.id, existing.id));
    return succeeded(existing.id);
  }
  const [row] = await db
    .insert(personas)
    .values({ ...values, municipalityId })
    .returning({ id: personas.id });
  return succeeded(row.id);
}
