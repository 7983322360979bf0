import { index, integer, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { keyOf } from "../../db/references.ts";

export const users = pgTable("users", {
  id: serial("id").primaryKey(),
  email: text("email").notNull().unique(),
  name: text("name").notNull(),
  passwordHash: text("password_hash"),
  role: text("role").notNull(),
  // The municipality a member belongs to, named rather than imported: the platform imports no module (ADR 0009).
  municipalityId: integer("municipality_id").references(() => keyOf("municipalities"), { onDelete: "set null" }),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = pgTable(
  "sessions",
  {
    idHash: text("id_hash").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** One-time tokens sent by e-mail: login links and password resets. Only the hash is stored. */
export const authTokens = pgTable("auth_tokens", {
  tokenHash: text("token_hash").primaryKey(),
  userId: integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  purpose: text("purpose").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
  usedAt: timestamp("used_at", { withTimezone: true }),
});

/**
 * A login link or password reset asked for, until the task `anmeldelinks` answers it. The request
 * only writes this row, whether or not the address has an account: its answer tells nothing, not
 * even by its time (ADR 0010).
 */
export const linkRequests = pgTable("auth_link_requests", {
  id: serial("id").primaryKey(),
  email: text("email").notNull(),
  purpose: text("purpose").notNull().default("login"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
