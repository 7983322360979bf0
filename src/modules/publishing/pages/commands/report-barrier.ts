import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import type { BarrierInput, BarrierValues } from "../schemas.ts";
import { barrierReports } from "../tables.ts";

/** Stores a reader's barrier report; the value is its number and what was stored. */
export async function reportBarrier(db: Db, input: BarrierInput): Promise<CommandResult<{ id: number; values: BarrierValues }>> {
  const values = { pageUrl: input.pageUrl ?? "", description: input.description, name: input.name ?? "", email: input.email ?? "" };
  const [row] = await db.insert(barrierReports).values(values).returning({ id: barrierReports.id });
  return succeeded({ id: row.id, values });
}
