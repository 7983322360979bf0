import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../../platform/http/pages.ts";
import { IdParams } from "../../../../platform/http/schemas.ts";
import { notFound } from "../../../../platform/errors.ts";
import { findEvent } from "../../queries/events.ts";
import { requireTeam } from "../../routes/guards.ts";
import { onlyForItsReader, visibleEvent } from "../../routes/event-access.ts";
import { sendTeamEventPage } from "../../routes/team-event-page.ts";
import { notFoundTexts } from "../../texts.ts";
import { addDocument } from "../commands/add-document.ts";
import { deleteDocument } from "../commands/delete-document.ts";
import { findDocument } from "../queries.ts";
import { documentParams, uploadedFile } from "../schemas.ts";
import { policies } from "../policies.ts";
import { documentTexts } from "../texts.ts";
import { sendDocument } from "../views/download.ts";

/** The team adds and removes an event's documents; whoever may see the event downloads them. */
export async function documentRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function teamEvent(request: FastifyRequest, id: number) {
    const { program } = await requireTeam(request, db, policies.manageDocuments);
    const event = await findEvent(db, program.id, id);
    if (!event) throw notFound(notFoundTexts.event);
    return { program, event };
  }

  router.get("/termine/:id/unterlagen/:docId", { schema: { params: documentParams } }, async (request, reply) => {
    const { event } = await visibleEvent(request, db, request.params.id);
    const doc = await findDocument(db, event.id, request.params.docId);
    if (!doc) throw notFound(documentTexts.notFound);
    return sendDocument(onlyForItsReader(reply, event), doc);
  });

  router.post("/programm/termine/:id/unterlagen", { schema: { params: IdParams }, config: { uploads: policies.manageDocuments } }, async (request, reply) => {
    const { program, event } = await teamEvent(request, request.params.id);
    const file = uploadedFile(request.body);
    const result = file ? await addDocument(db, event.id, { filename: file.filename, data: await file.read() }) : null;
    if (result?.ok) return redirectAfterPost(reply, `/programm/termine/${event.id}?stand=unterlage`);
    const uploadError = result?.errors.datei ?? documentTexts.noFile;
    return sendTeamEventPage(db, program.id, request, reply, event, { uploadError }, 422);
  });

  router.post("/programm/termine/:id/unterlagen/:docId/loeschen", { schema: { params: documentParams } }, async (request, reply) => {
    const { event } = await teamEvent(request, request.params.id);
    if (!(await deleteDocument(db, event.id, request.params.docId)).ok) throw notFound(documentTexts.notFound);
    return redirectAfterPost(reply, `/programm/termine/${event.id}?stand=geloescht`);
  });
}
