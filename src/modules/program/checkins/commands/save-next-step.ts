import { and, eq, gte, isNull, or } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { nextSteps, tandemMembers } from "../../tables.ts";
import type { NextStepInput } from "../schemas.ts";
import { checkInTexts } from "../texts.ts";

/** The owner of a step: null for the team, or a member of the municipality's tandem today. */
async function ownerOf(db: Db, programId: number, municipalityId: number, owner: string, today: string): Promise<CommandResult<number | null>> {
  if (owner === "team") return succeeded(null);
  const userId = /^[1-9]\d{0,8}$/.test(owner) ? Number(owner) : 0;
  const [member] = await db
    .select({ userId: tandemMembers.userId })
    .from(tandemMembers)
    .where(
      and(
        eq(tandemMembers.programId, programId),
        eq(tandemMembers.municipalityId, municipalityId),
        eq(tandemMembers.userId, userId),
        or(isNull(tandemMembers.toDate), gte(tandemMembers.toDate, today)),
      ),
    );
  return member ? succeeded(member.userId) : refused({ owner: checkInTexts.unknownOwner });
}

/**
 * Agrees a next step in a check-in, or corrects one (`stepId`), with its owner and due date; ticking
 * "erledigt" marks it done, unticking opens it again.
 */
export async function saveNextStep(
  db: Db,
  place: { programId: number; municipalityId: number; checkInId: number; stepId: number | null },
  input: NextStepInput,
  today: string,
): Promise<CommandResult<number>> {
  const owner = await ownerOf(db, place.programId, place.municipalityId, input.owner, today);
  if (!owner.ok) return owner;
  const values = { description: input.description, ownerUserId: owner.value, dueOn: input.dueOn };
  if (place.stepId === null) {
    const [row] = await db
      .insert(nextSteps)
      .values({ ...values, checkInId: place.checkInId, doneAt: input.erledigt ? new Date() : null })
      .returning({ id: nextSteps.id });
    return succeeded(row.id);
  }
  const [current] = await db.select({ doneAt: nextSteps.doneAt }).from(nextSteps).where(eq(nextSteps.id, place.stepId));
  await db
    .update(nextSteps)
    .set({ ...values, doneAt: input.erledigt ? (current?.doneAt ?? new Date()) : null })
    .where(eq(nextSteps.id, place.stepId));
  return succeeded(place.stepId);
}
