import { bigint, pgTable, text } from "drizzle-orm/pg-core";

/**
 * One counter per kind of cached data ("magazin", "kommunen"). Database triggers move it on with every
 * write to the tables behind that data (migration 0011), whichever process writes.
 */
export const cacheGenerations = pgTable("cache_generations", {
  name: text("name").primaryKey(),
  generation: bigint("generation", { mode: "number" }).notNull(),
});
