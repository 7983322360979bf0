import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { PersonalDataSource } from "../personal-data.ts";
import { formatDateTime } from "../dates.ts";
import { linkRequests } from "../auth/tables.ts";
import { mailQueue } from "./tables.ts";

const state = (mail: { sentAt: Date | null; failedAt: Date | null }) =>
  mail.sentAt ? `gesendet am ${formatDateTime(mail.sentAt)}` : mail.failedAt ? "nicht zustellbar" : "wartet auf Versand";

/** The mails the platform queued for an address, and the login links asked for it and not yet answered. */
async function find(db: Db, email: string): Promise<Record<string, string>[]> {
  const [mails, requests] = await Promise.all([
    db
      .select()
      .from(mailQueue)
      .where(eq(sql`lower(${mailQueue.recipientEmail})`, email)),
    db.select().from(linkRequests).where(eq(linkRequests.email, email)),
  ]);
  return [
    ...mails.map((m) => ({ Art: "E-Mail der Plattform", Datum: formatDateTime(m.createdAt), Betreff: m.subject, Stand: state(m) })),
    ...requests.map((r) => ({ Art: "Angeforderter Link", Datum: formatDateTime(r.createdAt) })),
  ];
}

async function erase(db: Db, email: string): Promise<number> {
  const mails = await db
    .delete(mailQueue)
    .where(eq(sql`lower(${mailQueue.recipientEmail})`, email))
    .returning({ id: mailQueue.id });
  const requests = await db.delete(linkRequests).where(eq(linkRequests.email, email)).returning({ id: linkRequests.id });
  return mails.length + requests.length;
}

export const outgoingMailData: PersonalDataSource = { label: "E-Mails der Plattform", find, erase };
