import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { eventDocuments } from "../tables.ts";

export interface DocumentInfo {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
}

export async function listDocuments(db: Db, eventId: number): Promise<DocumentInfo[]> {
  return db
    .select({ id: eventDocuments.id, fileName: eventDocuments.fileName, contentType: eventDocuments.contentType, size: eventDocuments.size })
    .from(eventDocuments)
    .where(eq(eventDocuments.eventId, eventId))
    .orderBy(asc(eventDocuments.fileName));
}

export async function findDocument(db: Db, eventId: number, id: number) {
  const [doc] = await db
    .select()
    .from(eventDocuments)
    .where(and(eq(eventDocuments.eventId, eventId), eq(eventDocuments.id, id)));
  return doc ?? null;
}
