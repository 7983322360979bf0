import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { users } from "../../../../platform/auth/tables.ts";
import { revokeTokens } from "../../../../platform/auth/service.ts";
import { deleteUserSessions } from "../../../../platform/auth/sessions.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";

/**
 * Takes a member out of the municipality: the account stays (with its registrations and tandem
 * history) but no longer belongs to it, its sessions end and an open invitation no longer works.
 */
export async function removeMember(db: Db, municipalityId: number, memberId: number): Promise<CommandResult> {
  const removed = await db
    .update(users)
    .set({ municipalityId: null })
    .where(and(eq(users.id, memberId), eq(users.municipalityId, municipalityId)))
    .returning({ id: users.id });
  if (removed.length) {
    await deleteUserSessions(db, memberId);
    await revokeTokens(db, memberId);
  }
  return succeeded(null);
}
