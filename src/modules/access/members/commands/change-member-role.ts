import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { users } from "../../../../platform/auth/tables.ts";
import type { Role } from "../../../../platform/auth/roles.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";

/** Gives a member of the municipality another member role (the schema allows only those). */
export async function changeMemberRole(db: Db, municipalityId: number, memberId: number, role: Role): Promise<CommandResult> {
  await db
    .update(users)
    .set({ role })
    .where(and(eq(users.id, memberId), eq(users.municipalityId, municipalityId)));
  return succeeded(null);
}
