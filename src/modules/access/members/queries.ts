import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { users } from "../../../platform/auth/tables.ts";
import { memberRoles } from "../../../platform/auth/roles.ts";

const memberColumns = { id: users.id, name: users.name, email: users.email, role: users.role, passwordHash: users.passwordHash };

/** The accounts of a municipality by name; an account without a password has not been set up yet (invited). */
export async function membersOf(db: Db, municipalityId: number) {
  const rows = await db
    .select(memberColumns)
    .from(users)
    .where(and(eq(users.municipalityId, municipalityId), inArray(users.role, [...memberRoles])))
    .orderBy(asc(users.name));
  return rows.map(({ passwordHash, ...row }) => ({ ...row, invited: passwordHash === null }));
}
export type Member = Awaited<ReturnType<typeof membersOf>>[number];

/** One member of this municipality; a member of another one is not found here. */
export async function findMember(db: Db, municipalityId: number, id: number) {
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.id, id), eq(users.municipalityId, municipalityId), inArray(users.role, [...memberRoles])));
  return rows[0] ?? null;
}
