import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { practiceReports } from "../../tables.ts";
import { unindexReport } from "../search.ts";
import { notify } from "../../../../platform/notifications/notify.ts";
import { reportDecided } from "../../notifications.ts";
import { reportNotices } from "../texts.ts";

/** The team sends a report back to its municipality with a note on what to change. */
export async function returnReport(db: Db, id: number, note: string): Promise<CommandResult<number>> {
  const [row] = await db
    .update(practiceReports)
    .set({ status: "draft", reviewNote: note, updatedAt: new Date() })
    .where(eq(practiceReports.id, id))
    .returning({ id: practiceReports.id, title: practiceReports.title, authorId: practiceReports.authorId });
  if (row?.authorId) await notify(db, reportDecided, [row.authorId], reportNotices.returned(row));
  await unindexReport(db, id);
  return succeeded(id);
}
