import { boolean, index, integer, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";
import { users } from "../auth/tables.ts";

/** A person's choice for one kind of notification; without a row the kind's default holds. */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    delivery: text("delivery").notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind] })],
);

/**
 * A notification waiting to become a mail: at once (task `benachrichtigungen`) or in the next
 * daily digest (`digest`). The address is read from the account when the mail is made.
 */
export const notificationItems = pgTable(
  "notification_items",
  {
    id: serial("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    path: text("path").notNull(),
    digest: boolean("digest").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("notification_items_user_idx").on(t.userId), index("notification_items_digest_idx").on(t.digest, t.createdAt)],
);
