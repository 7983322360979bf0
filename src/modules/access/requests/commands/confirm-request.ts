import { and, eq, gt } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { addUser, findUserByEmail, issueToken } from "../../../../platform/auth/service.ts";
import { isRole } from "../../../../platform/auth/roles.ts";
import { hashToken } from "../../../../platform/auth/tokens.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { accessRequests } from "../../tables.ts";
import { messages } from "../texts.ts";

/** The open request behind a confirmation link, or null when the link is unknown, used or older than 7 days. */
export async function unconfirmedRequest(db: Db, token: string) {
  const rows = await db
    .select()
    .from(accessRequests)
    .where(
      and(eq(accessRequests.confirmTokenHash, hashToken(token)), eq(accessRequests.status, "unconfirmed"), gt(accessRequests.confirmExpiresAt, new Date())),
    );
  return rows[0] ?? null;
}

/**
 * The owner of an official address confirms the request: the account is created for the
 * municipality with the role asked for, and a setup link (for the password) is returned with the account.
 * A link works once; two confirmations at once create one account.
 */
export async function confirmRequest(db: Db, token: string): Promise<CommandResult<{ setupToken: string; user: { id: number; email: string } }>> {
  const request = await unconfirmedRequest(db, token);
  if (!request || !isRole(request.role)) return refusedForm(messages.linkInvalid);
  const taken = await db
    .update(accessRequests)
    .set({ status: "confirmed", decidedAt: new Date() })
    .where(and(eq(accessRequests.id, request.id), eq(accessRequests.status, "unconfirmed")))
    .returning({ id: accessRequests.id });
  if (taken.length === 0) return refusedForm(messages.linkInvalid);
  const user =
    (await findUserByEmail(db, request.email)) ??
    (await addUser(db, { email: request.email, name: request.name, role: request.role, municipalityId: request.municipalityId }));
  return succeeded({ setupToken: await issueToken(db, user.id, "invite"), user: { id: user.id, email: user.email } });
}
