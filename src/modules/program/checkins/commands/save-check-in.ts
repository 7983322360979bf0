import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { checkIns } from "../../tables.ts";
import { isCohortMember } from "../../queries/events.ts";
import type { CheckInInput } from "../schemas.ts";
import { checkInTexts } from "../texts.ts";

/** Records or corrects a check-in (its date and topics checked by checkInProblems) of a municipality of the cohort. */
export async function saveCheckIn(db: Db, programId: number, id: number | null, input: CheckInInput, userId: number): Promise<CommandResult<number>> {
  if (!(await isCohortMember(db, programId, input.municipalityId))) return refused({ municipalityId: checkInTexts.notInCohort });
  const values = {
    programId,
    municipalityId: input.municipalityId,
    heldOn: input.heldOn,
    participants: input.participants ?? "",
    topics: input.topics ?? [],
    notes: input.notes ?? "",
    teamNotes: input.teamNotes ?? "",
    nextSteps: input.nextSteps ?? "",
    createdBy: userId,
    updatedAt: new Date(),
  };
  if (id === null) {
    const [row] = await db.insert(checkIns).values(values).returning({ id: checkIns.id });
    return succeeded(row.id);
  }
  await db
    .update(checkIns)
    .set(values)
    .where(and(eq(checkIns.id, id), eq(checkIns.programId, programId)));
  return succeeded(id);
}
