import type { FastifyInstance, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../../platform/http/pages.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import { sendTeamEventPage } from "../../routes/team-event-page.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { currentProgram, findEvent } from "../../queries/events.ts";
import { policies } from "../../policies.ts";
import { addDocument, checkDocument, deleteDocument, safeFileName } from "../queries.ts";

const idParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const docParams = Type.Object({ id: idParams.properties.id, docId: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

interface UploadedFile {
  type: "file";
  filename: string;
  toBuffer(): Promise<Buffer>;
}

/** The team adds and removes an event's documents; who may download them is decided with the event (routes/events.ts). */
export async function documentRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function teamEvent(request: FastifyRequest, id: number) {
    if (!policies.manageProgram(requireUser(request))) throw forbidden();
    const program = await currentProgram(db);
    const event = program && (await findEvent(db, program.id, id));
    if (!event) throw notFound("Der Termin");
    return event;
  }

  router.post("/programm/termine/:id/unterlagen", { schema: { params: idParams } }, async (request, reply) => {
    const event = await teamEvent(request, request.params.id);
    const file = (request.body as Record<string, unknown> | undefined)?.datei as UploadedFile | undefined;
    const refuse = async (uploadError: string) => sendTeamEventPage(db, (await currentProgram(db))!.id, request, reply, event, { uploadError }, 422);
    if (!file || file.type !== "file" || !file.filename) return refuse("Bitte wählen Sie eine Datei aus.");
    const name = safeFileName(file.filename);
    const data = await file.toBuffer();
    const checked = checkDocument(name, data);
    if ("error" in checked) return refuse(checked.error);
    await addDocument(db, event.id, name, checked.type, data);
    return redirectAfterPost(reply, `/programm/termine/${event.id}?stand=unterlage`);
  });

  router.post("/programm/termine/:id/unterlagen/:docId/loeschen", { schema: { params: docParams } }, async (request, reply) => {
    const event = await teamEvent(request, request.params.id);
    if (!(await deleteDocument(db, event.id, request.params.docId))) throw notFound("Die Unterlage");
    return redirectAfterPost(reply, `/programm/termine/${event.id}?stand=geloescht`);
  });
}
