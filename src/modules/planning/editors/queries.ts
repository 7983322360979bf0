import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { users } from "../../../platform/auth/tables.ts";
import { memberRoles, type Role } from "../../../platform/auth/roles.ts";

/** The accounts of a municipality by name (the platform's users; no other module's data). */
export async function membersOf(db: Db, municipalityId: number): Promise<{ id: number; name: string; role: Role }[]> {
  const rows = await db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.municipalityId, municipalityId), inArray(users.role, [...memberRoles])))
    .orderBy(asc(users.name));
  return rows.map((row) => ({ ...row, role: row.role as Role }));
}
