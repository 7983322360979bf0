import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { eventDocuments } from "../tables.ts";

export interface DocumentInfo {
  id: number;
  fileName: string;
  contentType: string;
  size: number;
}

/** File types we accept, recognised by their first bytes rather than by what the browser claims. */
const kinds: { type: string; label: string; magic: number[]; extensions: string[] }[] = [
  { type: "application/pdf", label: "PDF", magic: [0x25, 0x50, 0x44, 0x46], extensions: ["pdf"] },
  { type: "image/png", label: "PNG", magic: [0x89, 0x50, 0x4e, 0x47], extensions: ["png"] },
  { type: "image/jpeg", label: "JPEG", magic: [0xff, 0xd8, 0xff], extensions: ["jpg", "jpeg"] },
  { type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", label: "Word", magic: [0x50, 0x4b, 0x03, 0x04], extensions: ["docx"] },
  { type: "application/vnd.openxmlformats-officedocument.presentationml.presentation", label: "PowerPoint", magic: [0x50, 0x4b, 0x03, 0x04], extensions: ["pptx"] },
  { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", label: "Excel", magic: [0x50, 0x4b, 0x03, 0x04], extensions: ["xlsx"] },
  { type: "application/vnd.oasis.opendocument.text", label: "OpenDocument", magic: [0x50, 0x4b, 0x03, 0x04], extensions: ["odt"] },
];
export const acceptedTypes = kinds.map((k) => `.${k.extensions.join(",.")}`).join(",");

/** Keeps a readable, safe file name: no paths, no control characters, at most 120 characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base.replace(/[\u0000-\u001f\u007f"<>|*?:]/g, "").trim();
  return (cleaned || "unterlage").slice(-120);
}

export function checkDocument(fileName: string, data: Buffer): { type: string } | { error: string } {
  const extension = fileName.split(".").pop()?.toLowerCase() ?? "";
  const kind = kinds.find((k) => k.extensions.includes(extension));
  if (!kind) return { error: "Bitte laden Sie eine PDF-, Word-, PowerPoint-, Excel-, OpenDocument-, PNG- oder JPEG-Datei hoch." };
  if (data.length === 0) return { error: "Die Datei ist leer." };
  if (!kind.magic.every((byte, i) => data[i] === byte)) return { error: `Die Datei ist keine echte ${kind.label}-Datei. Bitte prüfen Sie sie.` };
  return { type: kind.type };
}

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
  const [doc] = await db.select().from(eventDocuments).where(and(eq(eventDocuments.eventId, eventId), eq(eventDocuments.id, id)));
  return doc ?? null;
}

export async function deleteDocument(db: Db, eventId: number, id: number): Promise<boolean> {
  return (await db.delete(eventDocuments).where(and(eq(eventDocuments.eventId, eventId), eq(eventDocuments.id, id))).returning({ id: eventDocuments.id })).length > 0;
}

export const formatSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB`);
