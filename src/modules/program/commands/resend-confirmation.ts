import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { enqueueMail } from "../../../platform/mail/queue.ts";
import { hashToken, newToken } from "../../../platform/auth/tokens.ts";
import { succeeded, type CommandResult } from "../../../platform/commands.ts";
import { registrations } from "../tables.ts";
import type { EventSummary } from "../queries/events.ts";
import { confirmAddressMail } from "../views/mails.ts";
import { issueManageLink } from "./issue-manage-link.ts";

/**
 * Queues a new confirmation link to an unconfirmed registration under this address, with a new time to
 * confirm; the earlier link stops working. Any other address gets no mail, and the caller cannot tell
 * the difference: the result is the same.
 */
export async function resendConfirmation(db: Db, baseUrl: string, event: EventSummary, email: string): Promise<CommandResult> {
  const token = newToken();
  await db.transaction(async (tx) => {
    const [pending] = await tx
      .update(registrations)
      .set({ confirmTokenHash: hashToken(token), createdAt: new Date(), updatedAt: new Date() })
      .where(and(eq(registrations.eventId, event.id), eq(registrations.email, email.trim().toLowerCase()), eq(registrations.status, "pending")))
      .returning({ id: registrations.id, name: registrations.name, email: registrations.email });
    if (!pending) return;
    const manage = await issueManageLink(tx, baseUrl, event.id, pending.id);
    await enqueueMail(tx, { to: pending.email, ...confirmAddressMail(event, pending.name, `${baseUrl}/termine/${event.id}/bestaetigen/${token}`, manage) });
  });
  return succeeded(null);
}
