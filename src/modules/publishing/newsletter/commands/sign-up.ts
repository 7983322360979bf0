import { and, eq, isNull, lt, ne, or } from "drizzle-orm";
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "../../../../db/client.ts";
import type { Mailer } from "../../../../platform/mail/mailer.ts";
import { hashToken, newToken } from "../../../../platform/auth/tokens.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { subscribers } from "../tables.ts";
import { confirmationMail, consentText, messages } from "../texts.ts";

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
 * confirmation mail; a pending one gets a new mail at most once an hour; a confirmed one none.
 * The caller shows the same answer in every case. When the mail cannot go out, the address gets a
 * message and the mail server's error code goes to the log.
 */
export async function signUp(db: Db, mailer: Mailer, baseUrl: string, email: string, log: Pick<FastifyBaseLogger, "warn">): Promise<CommandResult> {
  const token = newToken();
  if (!(await markPending(db, email, token, new Date()))) return succeeded(null);
  try {
    await mailer.send({ to: email, ...confirmationMail(`${baseUrl}/newsletter/bestaetigen/${token}`, baseUrl) });
  } catch (error) {
    log.warn({ code: (error as { code?: string }).code }, "Bestätigungsmail nicht verschickt");
    // The address may try again at once: the hour counts from a mail that went out.
    await db
      .update(subscribers)
      .set({ lastConfirmationMailAt: null })
      .where(eq(subscribers.confirmTokenHash, hashToken(token)));
    return refused({ email: messages.confirmationMailFailed });
  }
  return succeeded(null);
}
