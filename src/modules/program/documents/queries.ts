import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { eventDocuments } from "../tables.ts";
import { acceptOf, checkUpload, fileKinds, formatSize, safeFileName } from "../../../platform/files.ts";

export interface DocumentInfo {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
}

const eventKinds = Object.values(fileKinds);
export const acceptedTypes = acceptOf(eventKinds);
export { formatSize, safeFileName };

export const checkDocument = (fileName: string, data: Buffer) => checkUpload(fileName, data, eventKinds);

export async function listDocuments(db: Db, eventId: number): Promise<DocumentInfo[]> {
  return db
    .select({ id: eventDocuments.id, fileName: eventDocuments.fileName, contentType: eventDocuments.contentType, size: eventDocuments.size })
    .from(eventDocuments)
    .where(eq(eventDocuments.eventId, eventId))
    .orderBy(asc(eventDocuments.fileName));
}

export async function addDocument(db: Db, eventId: number, fileName: string, contentType: string, data: Buffer) {
  await db.insert(eventDocuments).values({ eventId, fileName, contentType, size: data.length, data });
}

export async function findDocument(db: Db, eventId: number, id: number) {
  const [doc] = await db
    .select()
    .from(eventDocuments)
    .where(and(eq(eventDocuments.eventId, eventId), eq(eventDocuments.id, id)));
  return doc ?? null;
}

export async function deleteDocument(db: Db, eventId: number, id: number): Promise<boolean> {
  return (
    (
      await db
        .delete(eventDocuments)
        .where(and(eq(eventDocuments.eventId, eventId), eq(eventDocuments.id, id)))
        .returning({ id: eventDocuments.id })
    ).length > 0
  );
}
