import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { enqueueMail } from "../../../platform/mail/queue.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { registrations } from "../tables.ts";
import { messageRecipientStatuses } from "../reference.ts";
import type { EventSummary } from "../queries/events.ts";
import { messageTexts } from "../texts.ts";
import { teamMessageMail } from "../views/mails.ts";
import { issueManageLink } from "./issue-manage-link.ts";

/** Who gets the team's message: everyone with a seat or a place on the waiting list. */
export async function messageRecipients(db: Db, eventId: number) {
  return db
    .select({ id: registrations.id, name: registrations.name, email: registrations.email })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...messageRecipientStatuses])))
    .orderBy(registrations.id);
}

/**
 * Queues the team's message to each registrant, one mail each with their own link to the registration.
 * The team confirmed a number of recipients: if the list changed meanwhile, nothing is sent.
 */
export async function writeToRegistrants(
  db: Db,
  baseUrl: string,
  event: EventSummary,
  message: { subject: string; text: string },
  confirmedCount: number,
): Promise<CommandResult<number>> {
  return db.transaction(async (tx) => {
    const recipients = await messageRecipients(tx, event.id);
    if (recipients.length !== confirmedCount) return refusedForm<number>(messageTexts.countChanged(recipients.length));
    for (const person of recipients) {
      const manage = await issueManageLink(tx, baseUrl, event.id, person.id);
      await enqueueMail(tx, { to: person.email, ...teamMessageMail(event, person.name, message.subject, message.text, manage) });
    }
    return succeeded(recipients.length);
  });
}
