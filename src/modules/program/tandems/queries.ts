import { and, asc, eq, gte, inArray, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { users } from "../../../platform/auth/tables.ts";
import { tandemMembers } from "../tables.ts";

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

/** Who sits in a municipality's tandem on `day`, by the tandem's history (a member who left is no longer in it). */
export async function tandemOn(db: Db, programId: number, municipalityId: number, day: string) {
  return db
    .select({ name: users.name, email: users.email, role: tandemMembers.role, fromDate: tandemMembers.fromDate })
    .from(tandemMembers)
    .innerJoin(users, eq(users.id, tandemMembers.userId))
    .where(
      and(
        eq(tandemMembers.programId, programId),
        eq(tandemMembers.municipalityId, municipalityId),
        lte(tandemMembers.fromDate, day),
        or(isNull(tandemMembers.toDate), gte(tandemMembers.toDate, day)),
      ),
    )
    .orderBy(asc(tandemMembers.role), asc(tandemMembers.fromDate));
}
