import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { enqueueMail } from "../../../platform/mail/queue.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { registrationLinks, registrations } from "../tables.ts";
import { seatHolding, type RegistrationStatus } from "../reference.ts";
import type { EventSummary } from "../queries/events.ts";
import { lockEvent, seatsTaken } from "../queries/registrations.ts";
import { excuseNotice, notFoundTexts } from "../texts.ts";
import { notify } from "../../../platform/notifications/notify.ts";
import { personExcused } from "../notifications.ts";
import { seatFreedMail } from "../views/mails.ts";
import { issueManageLink } from "./issue-manage-link.ts";

/**
 * Cancels or excuses a registration. A freed seat goes to the first person on the waiting list,
 * who is told by e-mail (queued with the change).
 */
export async function withdrawRegistration(
  db: Db,
  baseUrl: string,
  event: EventSummary,
  registrationId: number,
  status: "cancelled" | "excused",
): Promise<CommandResult> {
  return db.transaction(async (tx) => {
    await lockEvent(tx, event.id);
    const [current] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, event.id)));
    if (!current || current.status === "cancelled" || current.status === "excused") return refusedForm(notFoundTexts.openRegistration);
    await tx.update(registrations).set({ status, updatedAt: new Date() }).where(eq(registrations.id, registrationId));
    await tx.delete(registrationLinks).where(eq(registrationLinks.registrationId, registrationId));
    if (status === "excused") await notify(tx, personExcused, "all", excuseNotice(event, current.name));
    if (!seatHolding.includes(current.status as RegistrationStatus)) return succeeded(null);
    if (event.capacity !== null && (await seatsTaken(tx, event.id)) >= event.capacity) return succeeded(null);
    const [next] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.status, "waitlisted")))
      .orderBy(asc(registrations.createdAt), asc(registrations.id))
      .limit(1);
    if (!next) return succeeded(null);
    await tx.update(registrations).set({ status: "registered", updatedAt: new Date() }).where(eq(registrations.id, next.id));
    await enqueueMail(tx, { to: next.email, ...seatFreedMail(event, next.name, await issueManageLink(tx, baseUrl, event.id, next.id)) });
    return succeeded(null);
  });
}
