import type { SQL } from "drizzle-orm";
import type { Db } from "./client.ts";

/** Rows of a hand-written statement; node-postgres and PGlite both answer with `rows`. */
export async function selectRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}
