import type { FastifyReply } from "fastify";

/** A document as a download, under its own name (an ASCII fallback for old clients), never sniffed as something else. */
export function sendDocument(reply: FastifyReply, doc: { fileName: string; contentType: string; data: Buffer }) {
  return reply
    .type(doc.contentType)
    .header("content-disposition", `attachment; filename="${doc.fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
    .header("x-content-type-options", "nosniff")
    .send(doc.data);
}
