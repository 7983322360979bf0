import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { practiceReports } from "../../tables.ts";
import { indexReport } from "../search.ts";

/** The team publishes a report under review; from now on it can be found by its audience. False when it is not under review. */
export async function publishReport(db: Db, id: number, today: string): Promise<boolean> {
  const [row] = await db
    .update(practiceReports)
    .set({ status: "published", reviewNote: "", publishedOn: today, updatedAt: new Date() })
    .where(and(eq(practiceReports.id, id), eq(practiceReports.status, "review")))
    .returning({ id: practiceReports.id });
  if (row) await indexReport(db, id);
  return row !== undefined;
}
