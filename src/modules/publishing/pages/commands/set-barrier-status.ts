import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import type { BarrierStatus } from "../schemas.ts";
import { barrierReports } from "../tables.ts";
import { messages } from "../texts.ts";

/** Marks a report done or open again; refused when there is no such report. */
export async function setBarrierStatus(db: Db, id: number, status: BarrierStatus): Promise<CommandResult> {
  const rows = await db.update(barrierReports).set({ status }).where(eq(barrierReports.id, id)).returning({ id: barrierReports.id });
  return rows.length > 0 ? succeeded(null) : refusedForm(messages.notFound);
}
