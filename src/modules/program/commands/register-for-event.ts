import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { Mailer } from "../../../platform/mail/mailer.ts";
import { hashToken, newToken } from "../../../platform/auth/tokens.ts";
import { registrations } from "../tables.ts";
import { seatHolding, type RegistrationStatus } from "../reference.ts";
import type { EventSummary } from "../queries/events.ts";
import { formatDays } from "../../../platform/dates.ts";

export interface Registrant {
  userId: number | null;
  municipalityId: number | null;
  name: string;
  email: string;
}

export type RegisterResult = { ok: true; status: RegistrationStatus } | { ok: false; message: string };

/** Why registration is not possible today, or null. The window's dates count inclusively. */
export function registrationClosedReason(event: EventSummary, today: string): string | null {
  if (event.cancelled) return "Dieser Termin wurde abgesagt.";
  const first = event.days[0]?.date;
  if (event.registrationOpensOn && today < event.registrationOpensOn) return `Die Anmeldung ist ab dem ${formatDays([event.registrationOpensOn])} möglich.`;
  if (event.registrationClosesOn && today > event.registrationClosesOn)
    return `Die Anmeldefrist ist am ${formatDays([event.registrationClosesOn])} abgelaufen.`;
  if (first && today > first) return "Der Termin hat bereits begonnen; eine Anmeldung ist nicht mehr möglich.";
  return null;
}

/** Serialises registrations of one event, so two people cannot take the last seat at once. */
async function lockEvent(tx: Db, eventId: number) {
  await tx.execute(sql`select id from program_events where id = ${eventId} for update`);
}

async function seatsTaken(tx: Db, eventId: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...seatHolding])));
  return row.n;
}

/**
 * Registers a person: a seat while there is one, else the waiting list. Visitors without an account
 * first confirm their e-mail address (status pending) and get their seat on confirmation.
 */
export async function registerForEvent(db: Db, mailer: Mailer, baseUrl: string, event: EventSummary, who: Registrant, today: string): Promise<RegisterResult> {
  const closed = registrationClosedReason(event, today);
  if (closed) return { ok: false, message: closed };
  const email = who.email.trim().toLowerCase();
  const token = who.userId === null ? newToken() : null;
  const outcome = await db.transaction(async (tx): Promise<RegisterResult> => {
    await lockEvent(tx, event.id);
    const [existing] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.email, email)));
    if (existing && existing.status !== "cancelled")
      return { ok: false, message: "Mit dieser E-Mail-Adresse besteht für diesen Termin bereits eine Anmeldung." };
    const free = event.capacity === null || (await seatsTaken(tx, event.id)) < event.capacity;
    const status: RegistrationStatus = token ? "pending" : free ? "registered" : "waitlisted";
    const values = {
      userId: who.userId,
      municipalityId: who.municipalityId,
      name: who.name.trim(),
      email,
      status,
      confirmTokenHash: token ? hashToken(token) : null,
      updatedAt: new Date(),
    };
    if (existing)
      await tx
        .update(registrations)
        .set({ ...values, createdAt: new Date() })
        .where(eq(registrations.id, existing.id));
    else await tx.insert(registrations).values({ ...values, eventId: event.id });
    return { ok: true, status };
  });
  if (outcome.ok && token) {
    await mailer.send({
      to: email,
      subject: `Bitte bestätigen Sie Ihre Anmeldung: ${event.title}`,
      text: `Guten Tag ${who.name.trim()},\n\nSie haben sich für „${event.title}“ am ${formatDays(event.days.map((d) => d.date))} angemeldet.\nBitte bestätigen Sie Ihre Anmeldung mit diesem Link:\n\n${baseUrl}/termine/${event.id}/bestaetigen/${token}\n\nOhne Bestätigung verfällt die Anmeldung. Haben Sie sich nicht angemeldet, können Sie diese E-Mail ignorieren.\n`,
    });
  } else if (outcome.ok) {
    await mailer.send({ to: email, ...confirmationMail(event, who.name, outcome.status, baseUrl) });
  }
  return outcome;
}

export function confirmationMail(event: EventSummary, name: string, status: RegistrationStatus, baseUrl: string) {
  const when = formatDays(event.days.map((d) => d.date));
  if (status === "waitlisted") {
    return {
      subject: `Warteliste: ${event.title}`,
      text: `Guten Tag ${name},\n\n„${event.title}“ am ${when} ist ausgebucht. Sie stehen auf der Warteliste; wird ein Platz frei, rücken Sie automatisch nach und erhalten eine E-Mail.\n\n${baseUrl}/termine/${event.id}\n`,
    };
  }
  return {
    subject: `Anmeldung bestätigt: ${event.title}`,
    text: `Guten Tag ${name},\n\nSie sind für „${event.title}“ am ${when} angemeldet.\nOrt: ${event.place || event.onlineUrl || "wird bekannt gegeben"}\n\nDen Termin für Ihren Kalender finden Sie hier: ${baseUrl}/termine/${event.id}.ics\n`,
  };
}

export async function hasPendingRegistration(db: Db, eventId: number, token: string): Promise<boolean> {
  const rows = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.confirmTokenHash, hashToken(token)), eq(registrations.status, "pending")));
  return rows.length > 0;
}

/** Confirms a visitor's e-mail address: the registration then takes a seat, or a place on the waiting list. */
export async function confirmPublicRegistration(
  db: Db,
  mailer: Mailer,
  baseUrl: string,
  event: EventSummary,
  token: string,
): Promise<RegistrationStatus | null> {
  const result = await db.transaction(async (tx) => {
    await lockEvent(tx, event.id);
    const [pending] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.confirmTokenHash, hashToken(token)), eq(registrations.status, "pending")));
    if (!pending) return null;
    const free = event.capacity === null || (await seatsTaken(tx, event.id)) < event.capacity;
    const status: RegistrationStatus = free ? "registered" : "waitlisted";
    await tx.update(registrations).set({ status, confirmTokenHash: null, updatedAt: new Date() }).where(eq(registrations.id, pending.id));
    return { status, name: pending.name, email: pending.email };
  });
  if (!result) return null;
  await mailer.send({ to: result.email, ...confirmationMail(event, result.name, result.status, baseUrl) });
  return result.status;
}

/**
 * Cancels or excuses a registration. A freed seat goes to the first person on the waiting list,
 * who is told by e-mail.
 */
export async function withdrawRegistration(
  db: Db,
  mailer: Mailer,
  baseUrl: string,
  event: EventSummary,
  registrationId: number,
  status: "cancelled" | "excused",
): Promise<boolean> {
  const promoted = await db.transaction(async (tx) => {
    await lockEvent(tx, event.id);
    const [current] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, event.id)));
    if (!current || current.status === "cancelled" || current.status === "excused") return undefined;
    await tx.update(registrations).set({ status, updatedAt: new Date() }).where(eq(registrations.id, registrationId));
    if (!seatHolding.includes(current.status as RegistrationStatus)) return null;
    if (event.capacity !== null && (await seatsTaken(tx, event.id)) >= event.capacity) return null;
    const [next] = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), eq(registrations.status, "waitlisted")))
      .orderBy(asc(registrations.createdAt), asc(registrations.id))
      .limit(1);
    if (!next) return null;
    await tx.update(registrations).set({ status: "registered", updatedAt: new Date() }).where(eq(registrations.id, next.id));
    return next;
  });
  if (promoted === undefined) return false;
  if (promoted) {
    await mailer.send({
      to: promoted.email,
      subject: `Ein Platz ist frei: ${event.title}`,
      text: `Guten Tag ${promoted.name},\n\nfür „${event.title}“ am ${formatDays(event.days.map((d) => d.date))} ist ein Platz frei geworden. Sie sind von der Warteliste nachgerückt und jetzt fest angemeldet.\n\nKönnen Sie doch nicht teilnehmen, sagen Sie bitte hier ab: ${baseUrl}/termine/${event.id}\n`,
    });
  }
  return true;
}
