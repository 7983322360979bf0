import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { planningIndicators } from "../../tables.ts";
import { keyInUse } from "../queries.ts";
import { described, minCasesErrors } from "../rules/description.ts";
import type { AddInput } from "../schemas.ts";
import { messages } from "../texts.ts";

/** Adds one of the municipality's own indicators; its key must not be in the starter catalogue or among its own. */
export async function addIndicator(db: Db, municipalityId: number, input: AddInput): Promise<CommandResult<number>> {
  const errors = minCasesErrors(input);
  const used = await keyInUse(db, municipalityId, input.key);
  if (used) errors.key = used === "catalogue" ? messages.keyInCatalogue(input.key) : messages.keyTaken(input.key);
  if (Object.keys(errors).length > 0) return refused(errors);
  const [row] = await db
    .insert(planningIndicators)
    .values({ municipalityId, key: input.key, ...described(input) })
    .onConflictDoNothing()
    .returning({ id: planningIndicators.id });
  // Two editors adding the same key at once: the second finds it taken.
  return row ? succeeded(row.id) : refused({ key: messages.keyTaken(input.key) });
}
