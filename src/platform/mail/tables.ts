import { index, integer, jsonb, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Outgoing mails (ADR 0010): written by a command in its own transaction, sent by the task
 * `mail-versand`. `dueAt` is when the mail may go out next: a claim moves it forward as a lock,
 * a failed try as the wait before the next. Sent mails keep `sentAt`; given-up mails `failedAt`.
 */
export const mailQueue = pgTable(
  "mail_queue",
  {
    id: serial("id").primaryKey(),
    recipientEmail: text("recipient_email").notNull(),
    subject: text("subject").notNull().default(""),
    text: text("text").notNull().default(""),
    html: text("html"),
    headers: jsonb("headers").$type<Record<string, string>>(),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    failedAt: timestamp("failed_at", { withTimezone: true }),
    lastError: text("last_error").notNull().default(""),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("mail_queue_due_idx").on(t.dueAt)],
);
