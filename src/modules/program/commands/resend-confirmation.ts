import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { Mailer } from "../../../platform/mail/mailer.ts";
import { hashToken, newToken } from "../../../platform/auth/tokens.ts";
import { succeeded, type CommandResult } from "../../../platform/commands.ts";
import { registrations } from "../tables.ts";
import type { EventSummary } from "../queries/events.ts";
import { confirmAddressMail } from "../views/mails.ts";
import { issueManageLink } from "./issue-manage-link.ts";

/**
 * Sends a new confirmation link to an unconfirmed registration under this address, with a new time to
 * confirm; the earlier link stops working. Any other address gets no mail, and the caller cannot tell
 * the difference: the result is the same.
 */
export async function resendConfirmation(db: Db, mailer: Mailer, baseUrl: string, event: EventSummary, email: string): Promise<CommandResult> {
  const token = newToken();
  const [pending] = await db
    .update(registrations)
    .set({ confirmTokenHash: hashToken(token), createdAt: new Date(), updatedAt: new Date() })
    .where(and(eq(registrations.eventId, event.id), eq(registrations.email, email.trim().toLowerCase()), eq(registrations.status, "pending")))
    .returning({ id: registrations.id, name: registrations.name, email: registrations.email });
  if (pending) {
    const manage = await issueManageLink(db, baseUrl, event.id, pending.id);
    await mailer.send({ to: pending.email, ...confirmAddressMail(event, pending.name, `${baseUrl}/termine/${event.id}/bestaetigen/${token}`, manage) });
  }
  return succeeded(null);
}
