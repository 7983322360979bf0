import { and, eq, gt } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { enqueueMail } from "../../../platform/mail/queue.ts";
import { hashToken } from "../../../platform/auth/tokens.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { registrations } from "../tables.ts";
import type { RegistrationStatus } from "../reference.ts";
import type { EventSummary } from "../queries/events.ts";
import { lockEvent, pendingSince, seatsTaken } from "../queries/registrations.ts";
import { notFoundTexts } from "../texts.ts";
import { confirmationMail } from "../views/mails.ts";
import { issueManageLink } from "./issue-manage-link.ts";

/** Confirms a visitor's e-mail address: the registration then takes a seat, or a place on the waiting list. A lapsed link confirms nothing. */
export async function confirmRegistration(db: Db, baseUrl: string, event: EventSummary, token: string): Promise<CommandResult<RegistrationStatus>> {
  return db.transaction(async (tx) => {
    await lockEvent(tx, event.id);
    const [pending] = await tx
      .select()
      .from(registrations)
      .where(
        and(
          eq(registrations.eventId, event.id),
          eq(registrations.confirmTokenHash, hashToken(token)),
          eq(registrations.status, "pending"),
          gt(registrations.createdAt, pendingSince()),
        ),
      );
    if (!pending) return refusedForm<RegistrationStatus>(notFoundTexts.openRegistration);
    const free = event.capacity === null || (await seatsTaken(tx, event.id)) < event.capacity;
    const status: RegistrationStatus = free ? "registered" : "waitlisted";
    await tx.update(registrations).set({ status, confirmTokenHash: null, updatedAt: new Date() }).where(eq(registrations.id, pending.id));
    const manage = await issueManageLink(tx, baseUrl, event.id, pending.id);
    await enqueueMail(tx, { to: pending.email, ...confirmationMail(event, pending.name, status, baseUrl, manage) });
    return succeeded(status);
  });
}
