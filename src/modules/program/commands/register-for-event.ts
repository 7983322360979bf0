import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { enqueueMail } from "../../../platform/mail/queue.ts";
import { hashToken, newToken } from "../../../platform/auth/tokens.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { registrations } from "../tables.ts";
import type { RegistrationStatus } from "../reference.ts";
import type { EventSummary } from "../queries/events.ts";
import { lockEvent, seatsTaken } from "../queries/registrations.ts";
import { registrationClosedReason } from "../rules/registration.ts";
import { registrationTexts } from "../texts.ts";
import { alreadyRegisteredMail, confirmAddressMail, confirmationMail } from "../views/mails.ts";
import { issueManageLink } from "./issue-manage-link.ts";

export interface Registrant {
  userId: number | null;
  municipalityId: number | null;
  name: string;
  email: string;
}

type Existing = typeof registrations.$inferSelect;
/** `earlier`: a visitor's registration under an address that is registered already. */
type Stored = { id: number; status: RegistrationStatus; earlier?: Existing };

/**
 * What becomes of a registration already held under the same address. A cancelled or unconfirmed one
 * is replaced: an unconfirmed address never blocks its owner. A confirmed one made without an account
 * goes to the member who signs in with that address. Anything else is a duplicate.
 */
function outcomeFor(existing: Existing | undefined, who: Registrant): "new" | "replace" | "attach" | "duplicate" {
  if (!existing) return "new";
  if (existing.status === "cancelled" || existing.status === "pending") return "replace";
  if (existing.userId === null && who.userId !== null) return "attach";
  return "duplicate";
}

/**
 * Stores the registration under the event's lock: a seat while there is one, else the waiting list; pending for visitors.
 * A visitor's registration under an address registered already changes nothing and is answered like a new one
 * (the owner of the address is told by mail), so the form tells nobody who is registered.
 */
async function store(tx: Db, event: EventSummary, who: Registrant, token: string | null): Promise<CommandResult<Stored>> {
  await lockEvent(tx, event.id);
  const [existing] = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), eq(registrations.email, who.email)));
  const outcome = outcomeFor(existing, who);
  if (outcome === "duplicate" && who.userId === null) return succeeded({ id: existing!.id, status: "pending", earlier: existing });
  if (outcome === "duplicate") return refusedForm(registrationTexts.duplicate);
  if (outcome === "attach") {
    await tx
      .update(registrations)
      .set({ userId: who.userId, municipalityId: who.municipalityId, updatedAt: new Date() })
      .where(eq(registrations.id, existing!.id));
    return succeeded({ id: existing!.id, status: existing!.status as RegistrationStatus });
  }
  // A visitor's seat is decided on confirmation (confirmRegistration): no count of seats here.
  const free = token !== null || event.capacity === null || (await seatsTaken(tx, event.id)) < event.capacity;
  const status: RegistrationStatus = token ? "pending" : free ? "registered" : "waitlisted";
  const values = { ...who, status, confirmTokenHash: token ? hashToken(token) : null, createdAt: new Date(), updatedAt: new Date() };
  if (outcome === "replace") {
    await tx.update(registrations).set(values).where(eq(registrations.id, existing!.id));
    return succeeded({ id: existing!.id, status });
  }
  const [row] = await tx
    .insert(registrations)
    .values({ ...values, eventId: event.id })
    .returning({ id: registrations.id });
  return succeeded({ id: row.id, status });
}

/**
 * Registers a person: a seat while there is one, else the waiting list. Visitors without an account
 * first confirm their e-mail address (status pending) and get their seat on confirmation.
 */
export async function registerForEvent(
  db: Db,
  baseUrl: string,
  event: EventSummary,
  who: Registrant,
  today: string,
): Promise<CommandResult<RegistrationStatus>> {
  const closed = registrationClosedReason(event, today);
  if (closed) return refusedForm(closed);
  const registrant = { ...who, name: who.name.trim(), email: who.email.trim().toLowerCase() };
  const token = who.userId === null ? newToken() : null;
  return db.transaction(async (tx) => {
    const outcome = await store(tx, event, registrant, token);
    if (!outcome.ok) return outcome;
    const { id, status, earlier } = outcome.value;
    const manage = await issueManageLink(tx, baseUrl, event.id, id);
    const mail = earlier
      ? alreadyRegisteredMail(event, earlier.name, manage)
      : token
        ? confirmAddressMail(event, registrant.name, `${baseUrl}/termine/${event.id}/bestaetigen/${token}`, manage)
        : confirmationMail(event, registrant.name, status, baseUrl, manage);
    await enqueueMail(tx, { to: registrant.email, ...mail });
    return succeeded(status);
  });
}
