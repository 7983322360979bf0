import { eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { practiceReports } from "../../tables.ts";
import { unindexReport } from "../search.ts";

/** Deletes a report with its topics and attachments, and takes it out of the search index. */
export async function deleteReport(db: Db, id: number): Promise<void> {
  await db.delete(practiceReports).where(eq(practiceReports.id, id));
  await unindexReport(db, id);
}
