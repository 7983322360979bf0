import { and, eq, isNull, lt, ne, or } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { hashToken, newToken } from "../../../../platform/auth/tokens.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { subscribers } from "../tables.ts";
import { confirmationMail, consentText } from "../texts.ts";

const hour = 60 * 60 * 1000;

/** Stores the sign-up as pending; true when a confirmation mail is due (new, or the last one more than an hour ago). */
async function markPending(db: Db, email: string, token: string, now: Date): Promise<boolean> {
  const pending = { status: "pending", confirmTokenHash: hashToken(token), consentText, consentAt: now, lastConfirmationMailAt: now };
  const inserted = await db
    .insert(subscribers)
    .values({ email, unsubscribeToken: newToken(), ...pending })
    .onConflictDoNothing({ target: subscribers.email })
    .returning({ id: subscribers.id });
  if (inserted.length > 0) return true;
  // One statement decides whether a mail is due, so two sign-ups at once send at most one.
  const updated = await db
    .update(subscribers)
    .set(pending)
    .where(
      and(
        eq(subscribers.email, email),
        ne(subscribers.status, "confirmed"),
        or(isNull(subscribers.lastConfirmationMailAt), lt(subscribers.lastConfirmationMailAt, new Date(now.getTime() - hour))),
      ),
    )
    .returning({ id: subscribers.id });
  return updated.length > 0;
}

/**
 * Signs an address up (double opt-in). A new address, or one that had unsubscribed, gets a
 * confirmation mail (queued with the sign-up); a pending one gets a new mail at most once an hour;
 * a confirmed one none. The caller shows the same answer in every case.
 */
export async function signUp(db: Db, baseUrl: string, email: string): Promise<CommandResult> {
  const token = newToken();
  await db.transaction(async (tx) => {
    if (await markPending(tx, email, token, new Date())) {
      await enqueueMail(tx, { to: email, ...confirmationMail(`${baseUrl}/newsletter/bestaetigen/${token}`, baseUrl) });
    }
  });
  return succeeded(null);
}
