import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { practiceReportAttachments } from "../../tables.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";

/** Removes an attachment of a report; refused when the report has no such attachment. */
export async function deleteAttachment(db: Db, reportId: number, id: number): Promise<CommandResult> {
  const deleted = await db
    .delete(practiceReportAttachments)
    .where(and(eq(practiceReportAttachments.reportId, reportId), eq(practiceReportAttachments.id, id)))
    .returning({ id: practiceReportAttachments.id });
  return deleted.length > 0 ? succeeded(null) : refusedForm("Diesen Anhang gibt es an dem Bericht nicht.");
}
