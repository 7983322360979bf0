import { and, count, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { acceptOf, checkUpload, fileKinds, safeFileName } from "../../../platform/files.ts";
import { practiceReportAttachments } from "../tables.ts";

const attachmentKinds = [fileKinds.pdf, fileKinds.png, fileKinds.jpeg];
export const acceptedAttachments = acceptOf(attachmentKinds);
export const maxAttachments = 10;

/** Stores a checked PDF or image with a report, or says in German why not. */
export async function addAttachment(db: Db, reportId: number, fileName: string, data: Buffer): Promise<{ ok: true } | { ok: false; error: string }> {
  const name = safeFileName(fileName);
  const checked = checkUpload(name, data, attachmentKinds);
  if ("error" in checked) return { ok: false, error: checked.error };
  const [{ n: total }] = await db.select({ n: count() }).from(practiceReportAttachments).where(eq(practiceReportAttachments.reportId, reportId));
  if (total >= maxAttachments) return { ok: false, error: `Ein Bericht kann höchstens ${maxAttachments} Anhänge haben. Bitte entfernen Sie zuerst einen.` };
  await db.insert(practiceReportAttachments).values({ reportId, fileName: name, contentType: checked.type, size: data.length, data });
  return { ok: true };
}

export async function findAttachment(db: Db, reportId: number, id: number) {
  const [row] = await db
    .select()
    .from(practiceReportAttachments)
    .where(and(eq(practiceReportAttachments.reportId, reportId), eq(practiceReportAttachments.id, id)));
  return row ?? null;
}

export async function deleteAttachment(db: Db, reportId: number, id: number): Promise<boolean> {
  return (
    (
      await db
        .delete(practiceReportAttachments)
        .where(and(eq(practiceReportAttachments.reportId, reportId), eq(practiceReportAttachments.id, id)))
        .returning({ id: practiceReportAttachments.id })
    ).length > 0
  );
}
