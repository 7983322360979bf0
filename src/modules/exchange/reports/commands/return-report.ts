import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { practiceReports } from "../../tables.ts";
import { unindexReport } from "../search.ts";

/** The team sends a report back to its municipality with a note on what to change. */
export async function returnReport(db: Db, id: number, note: string): Promise<CommandResult<number>> {
  await db.update(practiceReports).set({ status: "draft", reviewNote: note, updatedAt: new Date() }).where(eq(practiceReports.id, id));
  await unindexReport(db, id);
  return succeeded(id);
}
