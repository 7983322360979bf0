import { pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

/** A reader's report of a barrier ("Barriere melden"); it also reaches the team by e-mail. status: open, done. */
export const barrierReports = pgTable("publishing_barrier_reports", {
  id: serial("id").primaryKey(),
  pageUrl: text("page_url").notNull().default(""),
  description: text("description").notNull(),
  name: text("name").notNull().default(""),
  email: text("email").notNull().default(""),
  status: text("status").notNull().default("open"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
