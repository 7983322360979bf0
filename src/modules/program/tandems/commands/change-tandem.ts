import { and, eq, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { users } from "../../../../platform/auth/tables.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { tandemMembers } from "../../tables.ts";
import { isCohortMember } from "../../queries/events.ts";
import type { TandemChange } from "../schemas.ts";
import { tandemTexts } from "../texts.ts";

const dayBefore = (iso: string) => {
  const entry = new Date(`${iso}T00:00:00Z`);
  entry.setUTCDate(entry.getUTCDate() - 1);
  return entry.toISOString().slice(0, 10);
};

/**
 * A new person takes a tandem role from a date on: the previous holder's membership ends the day
 * before, so the history of who was in the tandem when stays complete.
 */
export async function changeTandem(db: Db, programId: number, input: TandemChange): Promise<CommandResult> {
  const { municipalityId, role, userId, fromDate } = input;
  const errors: FieldErrors = {};
  if (!(await isCohortMember(db, programId, municipalityId))) errors.municipalityId = tandemTexts.notInCohort;
  const [person] = await db.select().from(users).where(eq(users.id, userId));
  if (!person || person.municipalityId !== municipalityId) errors.userId = tandemTexts.notInMunicipality;
  if (Object.keys(errors).length) return refused(errors);
  const current = await db
    .select()
    .from(tandemMembers)
    .where(
      and(
        eq(tandemMembers.programId, programId),
        eq(tandemMembers.municipalityId, municipalityId),
        eq(tandemMembers.role, role),
        or(isNull(tandemMembers.toDate), sql`${tandemMembers.toDate} >= ${fromDate}`),
      ),
    );
  if (current.some((c) => c.userId === userId)) return refused({ userId: tandemTexts.alreadyInRole });
  if (current.some((c) => c.fromDate >= fromDate)) return refused({ fromDate: tandemTexts.changeTooEarly });
  await db.transaction(async (tx) => {
    for (const item of current)
      await tx
        .update(tandemMembers)
        .set({ toDate: dayBefore(fromDate) })
        .where(eq(tandemMembers.id, item.id));
    await tx.insert(tandemMembers).values({ programId, municipalityId, userId, role, fromDate });
  });
  return succeeded(null);
}
