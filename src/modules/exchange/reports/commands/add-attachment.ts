import { count, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { checkUpload, safeFileName } from "../../../../platform/files.ts";
import { practiceReportAttachments } from "../../tables.ts";
import { attachmentKinds, maxAttachments, messages } from "../texts.ts";

/** Stores a checked PDF or image with a report, or says in German (under `datei`) why not. */
export async function addAttachment(db: Db, reportId: number, fileName: string, data: Buffer): Promise<CommandResult> {
  const name = safeFileName(fileName);
  const checked = checkUpload(name, data, attachmentKinds);
  if ("error" in checked) return refused({ datei: checked.error });
  const [{ n: total }] = await db.select({ n: count() }).from(practiceReportAttachments).where(eq(practiceReportAttachments.reportId, reportId));
  if (total >= maxAttachments) return refused({ datei: messages.tooManyFiles(maxAttachments) });
  await db.insert(practiceReportAttachments).values({ reportId, fileName: name, contentType: checked.type, size: data.length, data });
  return succeeded(null);
}
