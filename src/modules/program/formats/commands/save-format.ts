import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { formats } from "../../tables.ts";
import type { FormatInput } from "../schemas.ts";
import { wholeNumber } from "../../rules/numbers.ts";

/** The team sets a format's rules (checked by formatRuleProblems); obligations are computed from them on the next page view. */
export async function saveFormat(db: Db, programId: number, formatId: number, input: FormatInput): Promise<CommandResult> {
  await db
    .update(formats)
    .set({
      title: input.title,
      description: input.description ?? "",
      rule: { obligee: input.obligee, required: wholeNumber(input.required, 0, 20) ?? 0, byModule: input.byModule === true },
      freeSeats: wholeNumber(input.freeSeats, 1, 500),
      applicationDeadline: input.applicationDeadline || null,
    })
    .where(and(eq(formats.id, formatId), eq(formats.programId, programId)));
  return succeeded(null);
}
