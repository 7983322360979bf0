import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import { addAttachment } from "../commands/add-attachment.ts";
import { deleteAttachment } from "../commands/delete-attachment.ts";
import { findAttachment } from "../queries.ts";
import { attachmentBody, fileParams, reportParams } from "../schemas.ts";
import { messages } from "../texts.ts";
import { policies } from "../policies.ts";
import { editableReport, readableReport, showReport } from "./guards.ts";

/** A report's attachments: those who edit the report add and remove them, its readers download them. */
export async function attachmentRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.post(
    "/austausch/berichte/:id/anhaenge",
    { schema: { params: reportParams, body: attachmentBody }, config: { uploads: (user) => policies.writeReport(user) || policies.reviewReports(user) } },
    async (request, reply) => {
      const report = await editableReport(request, db, request.params.id);
      const file = request.body.datei;
      const refuse = (uploadError: string) => showReport(request, reply, report, { uploadError }, 422);
      if (!file || typeof file === "string" || file.type !== "file" || !file.filename) return refuse(messages.noFile);
      const added = await addAttachment(db, report.id, file.filename, await file.toBuffer());
      if (!added.ok) return refuse(added.errors.datei);
      return redirectAfterPost(reply, `/austausch/berichte/${report.id}?stand=anhang#anhaenge`);
    },
  );

  router.get("/austausch/berichte/:id/anhaenge/:fileId", { schema: { params: fileParams } }, async (request, reply) => {
    const report = await readableReport(request, db, request.params.id);
    const file = await findAttachment(db, report.id, request.params.fileId);
    if (!file) throw notFound(messages.attachment);
    const disposition = file.contentType === "application/pdf" ? "attachment" : "inline";
    return reply
      .header("content-type", file.contentType)
      .header("content-disposition", `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header("x-content-type-options", "nosniff")
      .header("cache-control", "private, no-store")
      .send(file.data);
  });

  router.post("/austausch/berichte/:id/anhaenge/:fileId/loeschen", { schema: { params: fileParams } }, async (request, reply) => {
    const report = await editableReport(request, db, request.params.id);
    if (!(await deleteAttachment(db, report.id, request.params.fileId)).ok) throw notFound(messages.attachment);
    return redirectAfterPost(reply, `/austausch/berichte/${report.id}?stand=entfernt#anhaenge`);
  });
}
