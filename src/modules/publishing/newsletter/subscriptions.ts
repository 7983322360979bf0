import { and, eq, isNull, lt, ne, or } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { Mailer } from "../../../platform/mail/mailer.ts";
import { hasErrors, text, type FieldErrors } from "../../../platform/forms.ts";
import { hashToken, newToken } from "../../../platform/auth/tokens.ts";
import { deliveries, subscribers } from "./tables.ts";
import { confirmationMail, consentText, messages } from "./texts.ts";

const hour = 60 * 60 * 1000;
const confirmDays = 7;
const confirmWindow = confirmDays * 24 * hour;
// The HTML5 pattern of <input type="email">: no spaces, no angle brackets, a dotted domain.
const emailPattern = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** An address as we store and compare it. */
export const normaliseEmail = (value: string) => value.trim().toLowerCase();

/** Checks an address; returns a German message or null. */
export function emailError(value: string): string | null {
  if (value.length > 254) return messages.emailTooLong;
  return emailPattern.test(value) ? null : messages.email;
}

export type SignUpResult = { ok: true } | { ok: false; errors: FieldErrors; mailFailed?: { code?: string } };

/**
 * Signs an address up (double opt-in). A new address, or one that had unsubscribed, gets a
 * confirmation mail; a pending one gets a new mail at most once an hour; a confirmed one none.
 * The caller shows the same answer in every case. When the mail cannot go out, the address gets a
 * message and `mailFailed` carries the mail server's error code for the log.
 */
export async function signUp(db: Db, mailer: Mailer, baseUrl: string, input: Record<string, unknown>, errors: FieldErrors): Promise<SignUpResult> {
  const email = normaliseEmail(text(input.email));
  const problem = emailError(email);
  if (problem && !errors.email) errors.email = problem;
  if (text(input.zustimmung) !== "ja") errors.zustimmung = messages.consent;
  if (hasErrors(errors)) return { ok: false, errors };
  const now = new Date();
  const token = newToken();
  const pending = { status: "pending", confirmTokenHash: hashToken(token), consentText, consentAt: now, lastConfirmationMailAt: now };
  const inserted = await db
    .insert(subscribers)
    .values({ email, unsubscribeToken: newToken(), ...pending })
    .onConflictDoNothing({ target: subscribers.email })
    .returning({ id: subscribers.id });
  // One statement decides whether a mail is due, so two sign-ups at once send at most one.
  const due =
    inserted.length > 0 ||
    (
      await db
        .update(subscribers)
        .set(pending)
        .where(
          and(
            eq(subscribers.email, email),
            ne(subscribers.status, "confirmed"),
            or(isNull(subscribers.lastConfirmationMailAt), lt(subscribers.lastConfirmationMailAt, new Date(now.getTime() - hour))),
          ),
        )
        .returning({ id: subscribers.id })
    ).length > 0;
  if (!due) return { ok: true };
  try {
    await mailer.send({ to: email, ...confirmationMail(`${baseUrl}/newsletter/bestaetigen/${token}`) });
  } catch (error) {
    // The address may try again at once: the hour counts from a mail that went out.
    await db
      .update(subscribers)
      .set({ lastConfirmationMailAt: null })
      .where(eq(subscribers.confirmTokenHash, hashToken(token)));
    return { ok: false, errors: { email: messages.confirmationMailFailed }, mailFailed: { code: (error as { code?: string }).code } };
  }
  return { ok: true };
}

export type ConfirmState = "valid" | "expired" | "confirmed" | "unknown";

/** What a confirmation link stands for: to confirm, too old, already used, or never sent. */
export async function confirmState(db: Db, token: string, now = new Date()): Promise<ConfirmState> {
  const [row] = await db
    .select({ status: subscribers.status, sentAt: subscribers.lastConfirmationMailAt, consentAt: subscribers.consentAt })
    .from(subscribers)
    .where(eq(subscribers.confirmTokenHash, hashToken(token)));
  if (!row) return "unknown";
  if (row.status === "confirmed") return "confirmed";
  if (row.status !== "pending") return "unknown";
  return now.getTime() - (row.sentAt ?? row.consentAt).getTime() > confirmWindow ? "expired" : "valid";
}

/** Confirms the subscription of a valid link; returns the link's state as it was. */
export async function confirmSubscription(db: Db, token: string, now = new Date()): Promise<ConfirmState> {
  const state = await confirmState(db, token, now);
  if (state !== "valid") return state;
  await db
    .update(subscribers)
    .set({ status: "confirmed", confirmedAt: now, unsubscribedAt: null })
    .where(and(eq(subscribers.confirmTokenHash, hashToken(token)), eq(subscribers.status, "pending")));
  return "valid";
}

/** "subscribed", "unsubscribed" or null (no such link), for the unsubscribe page. */
export async function unsubscribeState(db: Db, token: string): Promise<"subscribed" | "unsubscribed" | null> {
  const [row] = await db.select({ status: subscribers.status }).from(subscribers).where(eq(subscribers.unsubscribeToken, token));
  if (!row) return null;
  return row.status === "unsubscribed" ? "unsubscribed" : "subscribed";
}

/** Ends a subscription by its link; mails still waiting in the queue for this person are dropped. Returns false for an unknown link. */
export async function unsubscribe(db: Db, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: subscribers.id, status: subscribers.status })
      .from(subscribers)
      .where(eq(subscribers.unsubscribeToken, token))
      .for("update");
    if (!row) return false;
    if (row.status === "unsubscribed") return true;
    await tx.update(subscribers).set({ status: "unsubscribed", unsubscribedAt: new Date(), confirmTokenHash: null }).where(eq(subscribers.id, row.id));
    await tx.delete(deliveries).where(and(eq(deliveries.subscriberId, row.id), eq(deliveries.status, "queued")));
    return true;
  });
}

/** Data protection: sign-ups not confirmed within seven days are deleted. Returns how many. */
export async function deleteUnconfirmed(db: Db, now = new Date()): Promise<number> {
  const rows = await db
    .delete(subscribers)
    .where(and(eq(subscribers.status, "pending"), lt(subscribers.consentAt, new Date(now.getTime() - confirmWindow))))
    .returning({ id: subscribers.id });
  return rows.length;
}
