import { and, asc, eq, gt, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { hashToken, newToken } from "../../../../platform/auth/tokens.ts";
import { addUser, findUserByEmail } from "../../../../platform/auth/service.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { applications } from "../../tables.ts";
import type { ApplicationFormat, ApplicationRow } from "../queries.ts";
import type { SeatAnswer } from "../schemas.ts";
import { messages, seatOfferedMail } from "../texts.ts";

/** How long an accepted applicant's link to take or decline the seat works. */
const answerDays = 7;
export const answerExpiry = () => new Date(Date.now() + answerDays * 24 * 60 * 60 * 1000);

/** The link of an offered seat; without one (a waiting-list place or a rejection) the page of the dates. */
export function answerLink(baseUrl: string, format: ApplicationFormat, token: string | null): string {
  return token ? `${baseUrl}/lernpfade/${format.slug}/zusage/${token}` : `${baseUrl}/termine`;
}

/** The offered seat behind a link, while it is unanswered and the link is valid. */
export async function openSeatOffer(db: Db, format: ApplicationFormat, token: string): Promise<ApplicationRow | null> {
  const [row] = await db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.formatId, format.id),
        eq(applications.answerTokenHash, hashToken(token)),
        eq(applications.status, "accepted"),
        isNull(applications.answeredAt),
        gt(applications.answerTokenExpiresAt, new Date()),
      ),
    );
  return row ?? null;
}

/**
 * The accepted applicant takes the seat, and gets an account (staff of the municipality they applied
 * from) unless their address has one; or declines, and the seat is offered to the next on the waiting list.
 */
export async function answerSeat(
  db: Db,
  format: ApplicationFormat,
  token: string,
  answer: SeatAnswer,
  baseUrl: string,
): Promise<CommandResult<{ answer: SeatAnswer; newAccount: boolean }>> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from program_formats where id = ${format.id} for update`);
    const row = await openSeatOffer(tx, format, token);
    if (!row) return refusedForm<{ answer: SeatAnswer; newAccount: boolean }>(messages.linkInvalid);
    const answered = { answeredAt: new Date(), answerTokenHash: null };
    if (answer === "annehmen") {
      await tx.update(applications).set(answered).where(eq(applications.id, row.id));
      const existing = await findUserByEmail(tx, row.email);
      if (!existing) await addUser(tx, { email: row.email, name: row.name, role: "staff", municipalityId: row.municipalityId });
      return succeeded({ answer, newAccount: !existing });
    }
    await tx
      .update(applications)
      .set({ ...answered, status: "declined" })
      .where(eq(applications.id, row.id));
    await offerToNext(tx, format, baseUrl);
    return succeeded({ answer, newAccount: false });
  });
}

/** Offers a freed seat to the first person on the sent waiting list, with a link of their own by mail. */
async function offerToNext(db: Db, format: ApplicationFormat, baseUrl: string) {
  const [next] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.formatId, format.id), eq(applications.status, "waitlisted"), isNotNull(applications.notifiedAt)))
    .orderBy(asc(applications.waitlistPlace), asc(applications.id))
    .limit(1);
  if (!next) return;
  const token = newToken();
  await db
    .update(applications)
    .set({
      status: "accepted",
      answerTokenHash: hashToken(token),
      answerTokenExpiresAt: answerExpiry(),
      decisionReasons: [...next.decisionReasons, messages.seatFreed],
    })
    .where(eq(applications.id, next.id));
  await enqueueMail(db, { to: next.email, ...seatOfferedMail(format, next.name, answerLink(baseUrl, format, token)) });
}
