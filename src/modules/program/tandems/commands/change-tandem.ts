import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { isIsoDate, text, type FieldErrors } from "../../../../platform/forms.ts";
import { users } from "../../../../platform/auth/tables.ts";
import { tandemMembers } from "../../tables.ts";
import { isCohortMember } from "../../queries/events.ts";

export interface Membership {
  id: number;
  municipalityId: number;
  userId: number;
  name: string;
  role: "leader" | "planningSpecialist";
  fromDate: string;
  toDate: string | null;
}

export async function listMemberships(db: Db, programId: number): Promise<Membership[]> {
  const rows = await db
    .select({
      id: tandemMembers.id,
      municipalityId: tandemMembers.municipalityId,
      userId: tandemMembers.userId,
      name: users.name,
      role: tandemMembers.role,
      fromDate: tandemMembers.fromDate,
      toDate: tandemMembers.toDate,
    })
    .from(tandemMembers)
    .innerJoin(users, eq(users.id, tandemMembers.userId))
    .where(eq(tandemMembers.programId, programId))
    .orderBy(asc(tandemMembers.municipalityId), asc(tandemMembers.role), asc(tandemMembers.fromDate));
  return rows.map((r) => ({ ...r, role: r.role as Membership["role"] }));
}

/** Accounts of a municipality's staff who could take a seat in its tandem. */
export async function candidates(db: Db, municipalityIds: number[]) {
  if (municipalityIds.length === 0) return [];
  return db
    .select({ id: users.id, name: users.name, municipalityId: users.municipalityId })
    .from(users)
    .where(and(inArray(users.municipalityId, municipalityIds), inArray(users.role, ["leader", "planningSpecialist", "staff"])))
    .orderBy(asc(users.name));
}

const dayBefore = (iso: string) => {
  const entry = new Date(`${iso}T00:00:00Z`);
  entry.setUTCDate(entry.getUTCDate() - 1);
  return entry.toISOString().slice(0, 10);
};

/**
 * A new person takes a tandem role from a date on: the previous holder's membership ends the day
 * before, so the history of who was in the tandem when stays complete.
 */
export async function changeTandem(db: Db, programId: number, input: Record<string, unknown>, errors: FieldErrors = {}) {
  const municipalityId = Number(text(input.municipalityId));
  const role = text(input.role);
  const userId = Number(text(input.userId));
  const fromDate = text(input.fromDate);
  if (!(await isCohortMember(db, programId, municipalityId))) errors.municipalityId = "Bitte wählen Sie eine Kommune der Kohorte.";
  if (role !== "leader" && role !== "planningSpecialist") errors.role = "Bitte wählen Sie eine Rolle im Tandem.";
  const [person] = Number.isInteger(userId) ? await db.select().from(users).where(eq(users.id, userId)) : [];
  if (!person || person.municipalityId !== municipalityId) errors.userId = "Bitte wählen Sie eine Person mit Konto in dieser Kommune.";
  if (!isIsoDate(fromDate)) errors.fromDate = "Bitte geben Sie ein gültiges Datum ein.";
  if (Object.keys(errors).length) return { ok: false as const, errors };
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
  if (current.some((c) => c.userId === userId)) return { ok: false as const, errors: { userId: "Diese Person hat die Rolle bereits." } };
  if (current.some((c) => c.fromDate >= fromDate))
    return { ok: false as const, errors: { fromDate: "Der Wechsel muss nach dem Beginn der bisherigen Besetzung liegen." } };
  await db.transaction(async (tx) => {
    for (const item of current)
      await tx
        .update(tandemMembers)
        .set({ toDate: dayBefore(fromDate) })
        .where(eq(tandemMembers.id, item.id));
    await tx.insert(tandemMembers).values({ programId, municipalityId, userId, role, fromDate });
  });
  return { ok: true as const };
}
