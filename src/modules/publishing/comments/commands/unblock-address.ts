import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { blockedAddresses } from "../tables.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";

/** Lifts the block of an address; refused when it was not blocked. */
export async function unblockAddress(db: Db, email: string): Promise<CommandResult> {
  const rows = await db.delete(blockedAddresses).where(eq(blockedAddresses.email, email)).returning({ email: blockedAddresses.email });
  return rows.length > 0 ? succeeded(null) : refusedForm("Diese Adresse ist nicht gesperrt.");
}
