import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { planningIndicators } from "../../tables.ts";
import { described, minCasesErrors } from "../rules/description.ts";
import type { ChangeInput } from "../schemas.ts";

/** Changes the description of one of the municipality's own indicators (the route checked that it is its own); the key stays. */
export async function changeIndicator(db: Db, municipalityId: number, id: number, input: ChangeInput): Promise<CommandResult<null>> {
  const errors = minCasesErrors(input);
  if (Object.keys(errors).length > 0) return refused(errors);
  await db
    .update(planningIndicators)
    .set(described(input))
    .where(and(eq(planningIndicators.id, id), eq(planningIndicators.municipalityId, municipalityId)));
  return succeeded(null);
}
