import type { FastifyReply } from "fastify";

/** The letter of support as a PDF download under its own name, never shown inline or sniffed as something else. */
export function sendLetter(reply: FastifyReply, letter: { fileName: string; data: Buffer }) {
  return reply
    .type("application/pdf")
    .header(
      "content-disposition",
      `attachment; filename="${letter.fileName.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(letter.fileName)}`,
    )
    .header("x-content-type-options", "nosniff")
    .header("cache-control", "private, no-store")
    .send(letter.data);
}
