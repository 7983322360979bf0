import type { FastifyInstance } from "fastify";
import { eq, sql } from "drizzle-orm";
import type { Database, Db } from "../../db/client.ts";
import type { Task } from "../tasks.ts";
import type { MailMessage } from "./mailer.ts";
import { mailQueue } from "./tables.ts";
import { replyCode, sendFailure } from "./send-failure.ts";

const lockSeconds = 120;
/** A claimed mail goes out only this soon after the claim, well inside its lock, or is handed back. */
const sendWithinMs = 90_000;

export interface QueuedMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** Not before this time (a digest in the morning); now by default. */
  dueAt?: Date;
}

/**
 * Puts a mail into the queue. Call it with the command's transaction: a mail of a command that
 * rolls back is never sent, and the request never waits for the mail server.
 */
export async function enqueueMail(db: Db, message: QueuedMail): Promise<void> {
  await db.insert(mailQueue).values({
    recipientEmail: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html ?? null,
    headers: message.headers ?? null,
    dueAt: message.dueAt ?? new Date(),
  });
}

interface Claimed {
  id: number;
  recipient_email: string;
  subject: string;
  text: string;
  html: string | null;
  headers: Record<string, string> | null;
  attempts: number;
}

/**
 * Claims up to `batchSize` due mails in one statement and counts the try; the claim moves `due_at`
 * past the lock, so a mail of a process that died is due again when the lock runs out.
 * SKIP LOCKED lets several processes claim side by side (as the newsletter, ADR 0007).
 */
function claim(database: Database, batchSize: number): Promise<Claimed[]> {
  return database.rows<Claimed>(
    "mail_claim",
    // RETURNING keeps no order: the mails go out in the order they were queued.
    sql`with claimed as (update mail_queue set due_at = now() + make_interval(secs => ${lockSeconds}), attempts = attempts + 1
      where id in (select id from mail_queue where sent_at is null and failed_at is null and due_at <= now()
        order by due_at limit ${batchSize} for update skip locked)
      returning id, recipient_email, subject, text, html, headers, attempts)
      select * from claimed order by id`,
  );
}

/** A failed send is final (failed) or due again later (deferred), by the shared rule of `sendFailure`. */
async function recordFailure(db: Db, row: Claimed, error: unknown): Promise<"failed" | "deferred"> {
  const { lastError, final, retryAt } = sendFailure(error, row.attempts);
  await db
    .update(mailQueue)
    .set(final ? { failedAt: new Date(), lastError } : { dueAt: retryAt, lastError })
    .where(eq(mailQueue.id, row.id));
  return final ? "failed" : "deferred";
}

/** Claimed mails not sent in this round are due again at once, for any process, without counting the try. */
async function release(db: Db, rows: Claimed[]): Promise<void> {
  for (const row of rows)
    await db
      .update(mailQueue)
      .set({ dueAt: new Date(), attempts: row.attempts - 1 })
      .where(eq(mailQueue.id, row.id));
}

export interface MailRound {
  claimed: number;
  sent: number;
  failed: number;
  deferred: number;
  /** The mail server could not be reached: the rest waits for the next round. */
  halted: boolean;
}

/** The fixed Message-ID of a queued mail: a mail sent again after a crash is recognisably the same. */
const messageIdOf = (id: number, baseUrl: string) => `<mail-${id}@${new URL(baseUrl).hostname}>`;

/** One round: claims a batch, sends the mails one by one and marks each sent right after the server took it. */
export async function sendDueMails(app: FastifyInstance, stop: AbortSignal, batchSize = 50): Promise<MailRound> {
  const { database, mailer, config } = app.deps;
  const claimed = await claim(database, batchSize);
  const round: MailRound = { claimed: claimed.length, sent: 0, failed: 0, deferred: 0, halted: false };
  const deadline = Date.now() + sendWithinMs;
  let next = 0;
  while (next < claimed.length && !stop.aborted && Date.now() < deadline) {
    const row = claimed[next++];
    const mail: MailMessage = { to: row.recipient_email, subject: row.subject, text: row.text, messageId: messageIdOf(row.id, config.baseUrl) };
    if (row.html) mail.html = row.html;
    if (row.headers) mail.headers = row.headers;
    try {
      await mailer.send(mail);
    } catch (error) {
      round[await recordFailure(database.db, row, error)]++;
      if (replyCode(error) === null) {
        round.halted = true;
        break;
      }
      continue;
    }
    await database.db.update(mailQueue).set({ sentAt: new Date(), lastError: "" }).where(eq(mailQueue.id, row.id));
    round.sent++;
  }
  await release(database.db, claimed.slice(next));
  return round;
}

/** Sends every due mail, round after round (tests and the task). */
export async function sendAllDueMails(app: FastifyInstance, stop: AbortSignal = new AbortController().signal): Promise<void> {
  for (;;) {
    const round = await sendDueMails(app, stop);
    if (round.claimed === 0 || round.halted || stop.aborted) return;
  }
}

/** The platform's mail queue, sent every two seconds in every process. */
export const mailTasks: Task[] = [{ name: "mail-versand", everySeconds: 2, run: (app, stop) => sendAllDueMails(app, stop) }];
