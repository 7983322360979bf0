import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { blockedAddresses } from "../tables.ts";

/** Lifts the block of an address; false when it was not blocked. */
export async function unblockAddress(db: Db, email: string): Promise<boolean> {
  const rows = await db.delete(blockedAddresses).where(eq(blockedAddresses.email, email)).returning({ email: blockedAddresses.email });
  return rows.length > 0;
}
