import { index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { keyOf } from "../../db/references.ts";

/**
 * A request for access to the platform for a municipality ("Zugang beantragen"). status:
 * unconfirmed (an address at the municipality's official domain, waiting for the mail link),
 * confirmed (the link was used; the account exists), open (waiting for the team), approved, declined.
 */
export const accessRequests = pgTable(
  "access_requests",
  {
    id: serial("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull(),
    role: text("role").notNull(),
    municipalityId: integer("municipality_id")
      .notNull()
      .references(() => keyOf("municipalities"), { onDelete: "cascade" }),
    note: text("note").notNull().default(""),
    status: text("status").notNull(),
    // Only the hash of the mailed confirmation link is stored.
    confirmTokenHash: text("confirm_token_hash").unique(),
    confirmExpiresAt: timestamp("confirm_expires_at", { withTimezone: true }),
    reason: text("reason").notNull().default(""),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("access_requests_status_idx").on(t.status), index("access_requests_email_idx").on(t.email)],
);
