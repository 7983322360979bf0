import { and, eq, gte, isNotNull, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { hashToken } from "../../../../platform/auth/tokens.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { applications } from "../../tables.ts";
import { deadlinePassed, type ApplicationFormat } from "../queries.ts";
import { messages, receivedMail } from "../texts.ts";

/** How long the link to confirm an application's address works. */
export const confirmDays = 7;
export const unconfirmed = isNotNull(applications.confirmTokenHash);
export const confirmLinkCutoff = () => new Date(Date.now() - confirmDays * 24 * 60 * 60 * 1000);

/** The unconfirmed application behind a link, if the link is still valid. */
export async function pendingApplication(db: Db, format: ApplicationFormat, token: string) {
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.formatId, format.id), eq(applications.confirmTokenHash, hashToken(token)), gte(applications.createdAt, confirmLinkCutoff())));
  return row ?? null;
}

/**
 * Confirms the address of an application, which then counts. An address that already has a confirmed
 * application keeps it unchanged and the later submission is dropped; other unconfirmed submissions
 * under the address are dropped too.
 */
export async function confirmApplication(db: Db, format: ApplicationFormat, token: string, today: string): Promise<CommandResult<"confirmed" | "kept">> {
  if (deadlinePassed(format, today)) return refusedForm(messages.deadline(format));
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from program_formats where id = ${format.id} for update`);
    const row = await pendingApplication(tx, format, token);
    if (!row) return refusedForm<"confirmed" | "kept">(messages.linkInvalid);
    const sameAddress = and(eq(applications.formatId, format.id), eq(applications.email, row.email));
    const [confirmed] = await tx
      .select({ id: applications.id })
      .from(applications)
      .where(and(sameAddress, isNull(applications.confirmTokenHash)));
    await tx.delete(applications).where(and(sameAddress, unconfirmed, confirmed ? undefined : ne(applications.id, row.id)));
    if (confirmed) return succeeded("kept" as const);
    await tx.update(applications).set({ confirmTokenHash: null }).where(eq(applications.id, row.id));
    await enqueueMail(tx, { to: row.email, ...receivedMail(format, row.name) });
    return succeeded("confirmed" as const);
  });
}
