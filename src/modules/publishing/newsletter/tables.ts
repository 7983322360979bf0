import { index, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "../../../platform/auth/tables.ts";

/**
 * A newsletter subscriber, without an account. Double opt-in: the proof is the consent text shown,
 * the time of the sign-up and the time of the confirmation. An imported address is confirmed only with
 * its proof: the day and the source of the consent the team recorded. status: pending, confirmed, unsubscribed.
 */
export const subscribers = pgTable(
  "newsletter_subscribers",
  {
    id: serial("id").primaryKey(),
    email: text("email").notNull().unique(),
    status: text("status").notNull().default("pending"),
    confirmTokenHash: text("confirm_token_hash"),
    unsubscribeToken: text("unsubscribe_token").notNull().unique(),
    consentText: text("consent_text").notNull(),
    consentAt: timestamp("consent_at", { withTimezone: true }).notNull(),
    /** Where an imported address's consent was given ("Anmeldeliste Fachtag 2025"); empty for a sign-up on the site. */
    consentSource: text("consent_source").notNull().default(""),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
    lastConfirmationMailAt: timestamp("last_confirmation_mail_at", { withTimezone: true }),
    // The account of the same address, once its owner confirmed it (linkSubscription).
    userId: integer("user_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("newsletter_subscribers_status_idx").on(t.status)],
);

/** A numbered issue ("Nr. 2-2026"): editorial, chosen articles, practice reports and events. status: draft, sending, sent. */
export const issues = pgTable("newsletter_issues", {
  id: serial("id").primaryKey(),
  number: text("number").notNull().unique(),
  title: text("title").notNull(),
  editorial: text("editorial").notNull().default(""),
  articleIds: integer("article_ids").array().notNull().default([]),
  eventIds: integer("event_ids").array().notNull().default([]),
  /** Published practice reports of the exchange. */
  reportIds: integer("report_ids").array().notNull().default([]),
  status: text("status").notNull().default("draft"),
  /** A draft with this time is scheduled: the queue task starts sending it when the time has come. */
  scheduledAt: timestamp("scheduled_at", { withTimezone: true }),
  createdBy: integer("created_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  startedAt: timestamp("started_at", { withTimezone: true }),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
});

/**
 * The durable queue: one row per issue and subscriber, written when sending starts.
 * status: queued, sending, sent, failed (bounced at the SMTP server). lockedUntil guards a claimed row.
 */
export const deliveries = pgTable(
  "newsletter_deliveries",
  {
    issueId: integer("issue_id")
      .notNull()
      .references(() => issues.id, { onDelete: "cascade" }),
    subscriberId: integer("subscriber_id")
      .notNull()
      .references(() => subscribers.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    messageId: text("message_id").notNull(),
    status: text("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error").notNull().default(""),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.issueId, t.subscriberId] }), index("newsletter_deliveries_status_idx").on(t.issueId, t.status)],
);
