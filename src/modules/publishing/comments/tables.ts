import { boolean, index, integer, pgTable, serial, text, timestamp, type AnyPgColumn } from "drizzle-orm/pg-core";
import { articles } from "../magazine/tables.ts";

/**
 * A reader's comment under an article; replies one level deep (parentId). Name and e-mail are
 * given, the e-mail is never shown. No IP address is stored.
 * status: pending, approved, rejected, spam, removed (removed shows a public note).
 */
export const comments = pgTable(
  "publishing_comments",
  {
    id: serial("id").primaryKey(),
    articleId: integer("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    parentId: integer("parent_id").references((): AnyPgColumn => comments.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email").notNull(),
    body: text("body").notNull(),
    status: text("status").notNull().default("pending"),
    editedByModeration: boolean("edited_by_moderation").notNull().default(false),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    notifiedAt: timestamp("notified_at", { withTimezone: true }),
  },
  (t) => [index("publishing_comments_article_idx").on(t.articleId, t.status), index("publishing_comments_status_idx").on(t.status)],
);

/** Addresses whose comments are refused. */
export const blockedAddresses = pgTable("publishing_blocked_addresses", {
  email: text("email").primaryKey(),
  reason: text("reason").notNull().default(""),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
