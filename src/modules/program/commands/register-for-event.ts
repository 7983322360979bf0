import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { Mailer } from "../../../platform/mail/mailer.ts";
import { hashToken, newToken } from "../../../platform/auth/tokens.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { registrations } from "../tables.ts";
import type { RegistrationStatus } from "../reference.ts";
import type { EventSummary } from "../queries/events.ts";
import { lockEvent, seatsTaken } from "../queries/registrations.ts";
import { registrationClosedReason } from "../rules/registration.ts";
import { registrationTexts } from "../texts.ts";
import { confirmAddressMail, confirmationMail } from "../views/mails.ts";

export interface Registrant {
  userId: number | null;
  municipalityId: number | null;
  name: string;
  email: string;
}

/** Stores the registration under the event's lock: a seat while there is one, else the waiting list; pending for visitors. */
async function store(db: Db, event: EventSummary, who: Registrant, token: string | null): Promise<CommandResult<RegistrationStatus>> {
  return db.transaction(async (tx) => {
    await lockEvent(tx, event.id);
    const [existing] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.email, who.email)));
    if (existing && existing.status !== "cancelled") return refusedForm<RegistrationStatus>(registrationTexts.duplicate);
    const free = event.capacity === null || (await seatsTaken(tx, event.id)) < event.capacity;
    const status: RegistrationStatus = token ? "pending" : free ? "registered" : "waitlisted";
    const values = { ...who, status, confirmTokenHash: token ? hashToken(token) : null, updatedAt: new Date() };
    if (existing)
      await tx
        .update(registrations)
        .set({ ...values, createdAt: new Date() })
        .where(eq(registrations.id, existing.id));
    else await tx.insert(registrations).values({ ...values, eventId: event.id });
    return succeeded(status);
  });
}

/**
 * Registers a person: a seat while there is one, else the waiting list. Visitors without an account
 * first confirm their e-mail address (status pending) and get their seat on confirmation.
 */
export async function registerForEvent(
  db: Db,
  mailer: Mailer,
  baseUrl: string,
  event: EventSummary,
  who: Registrant,
  today: string,
): Promise<CommandResult<RegistrationStatus>> {
  const closed = registrationClosedReason(event, today);
  if (closed) return refusedForm(closed);
  const registrant = { ...who, name: who.name.trim(), email: who.email.trim().toLowerCase() };
  const token = who.userId === null ? newToken() : null;
  const outcome = await store(db, event, registrant, token);
  if (outcome.ok && token) {
    await mailer.send({ to: registrant.email, ...confirmAddressMail(event, registrant.name, `${baseUrl}/termine/${event.id}/bestaetigen/${token}`) });
  } else if (outcome.ok) {
    await mailer.send({ to: registrant.email, ...confirmationMail(event, who.name, outcome.value, baseUrl) });
  }
  return outcome;
}
