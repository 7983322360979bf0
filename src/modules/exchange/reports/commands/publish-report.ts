import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { practiceReports } from "../../tables.ts";
import { indexReport } from "../search.ts";
import { notify } from "../../../../platform/notifications/notify.ts";
import { reportDecided } from "../../notifications.ts";
import { reportNotices } from "../texts.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";

/** The team publishes a report under review; from now on it can be found by its audience. Refused when it is not under review. */
export async function publishReport(db: Db, id: number, today: string): Promise<CommandResult> {
  const [row] = await db
    .update(practiceReports)
    .set({ status: "published", reviewNote: "", publishedOn: today, updatedAt: new Date() })
    .where(and(eq(practiceReports.id, id), eq(practiceReports.status, "review")))
    .returning({ id: practiceReports.id, title: practiceReports.title, authorId: practiceReports.authorId });
  if (row) await indexReport(db, id);
  if (row?.authorId) await notify(db, reportDecided, [row.authorId], reportNotices.published(row));
  return row ? succeeded(null) : refusedForm("Der Bericht wartet nicht mehr auf die Prüfung; jemand aus dem Team hat schon entschieden.");
}
