import { Type } from "@fastify/type-provider-typebox";
import { Id } from "../../../platform/http/schemas.ts";

/** An event's document: /termine/:id/unterlagen/:docId. */
export const documentParams = Type.Object({ id: Id(), docId: Id() });

/** A file sent in the multipart field `datei` (the multipart plugin attaches it to the body), or null. */
export function uploadedFile(body: unknown): { filename: string; read: () => Promise<Buffer> } | null {
  if (typeof body !== "object" || body === null || !("datei" in body)) return null;
  const file = body.datei;
  if (typeof file !== "object" || file === null || !("type" in file) || file.type !== "file") return null;
  if (!("filename" in file) || typeof file.filename !== "string" || file.filename === "") return null;
  if (!("toBuffer" in file) || typeof file.toBuffer !== "function") return null;
  const toBuffer = file.toBuffer.bind(file) as () => Promise<Buffer>;
  return { filename: file.filename, read: toBuffer };
}
