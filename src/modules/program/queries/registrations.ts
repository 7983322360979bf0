import { and, eq, gt, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { hashToken } from "../../../platform/auth/tokens.ts";
import { feedTokens, registrationLinks, registrations } from "../tables.ts";
import { pendingLapseHours, seatHolding } from "../reference.ts";

/** Serialises registrations of one event, so two people cannot take the last seat at once. */
export async function lockEvent(tx: Db, eventId: number) {
  await tx.execute(sql`select id from program_events where id = ${eventId} for update`);
}

export async function seatsTaken(tx: Db, eventId: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...seatHolding])));
  return row.n;
}

/** Registrations made after this moment and still unconfirmed are pending; older ones have lapsed. */
export const pendingSince = (now = new Date()) => new Date(now.getTime() - pendingLapseHours * 3600 * 1000);

export async function hasPendingRegistration(db: Db, eventId: number, token: string): Promise<boolean> {
  const rows = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        eq(registrations.confirmTokenHash, hashToken(token)),
        eq(registrations.status, "pending"),
        gt(registrations.createdAt, pendingSince()),
      ),
    );
  return rows.length > 0;
}

/** The open registration a manage link (from a registration mail) belongs to, or null when the link is unknown or used. */
export async function registrationOfLink(db: Db, eventId: number, token: string) {
  const [row] = await db
    .select({ id: registrations.id, name: registrations.name, email: registrations.email, status: registrations.status })
    .from(registrationLinks)
    .innerJoin(registrations, eq(registrations.id, registrationLinks.registrationId))
    .where(and(eq(registrationLinks.tokenHash, hashToken(token)), eq(registrations.eventId, eventId)));
  return row && !["cancelled", "excused"].includes(row.status) ? row : null;
}

/** The token of the person's calendar subscription, if one was made. */
export async function feedToken(db: Db, userId: number): Promise<string | null> {
  const [row] = await db.select({ token: feedTokens.token }).from(feedTokens).where(eq(feedTokens.userId, userId));
  return row?.token ?? null;
}

/** Whose calendar subscription a token opens. */
export async function feedOwner(db: Db, token: string): Promise<number | null> {
  const [owner] = await db.select({ userId: feedTokens.userId }).from(feedTokens).where(eq(feedTokens.token, token));
  return owner?.userId ?? null;
}

/** The events a person holds a registration or a place on the waiting list for. */
export async function activeEventIds(db: Db, userId: number): Promise<number[]> {
  const own = await db.select({ eventId: registrations.eventId, status: registrations.status }).from(registrations).where(eq(registrations.userId, userId));
  return own.filter((o) => !["cancelled", "excused"].includes(o.status)).map((o) => o.eventId);
}
