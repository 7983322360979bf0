import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formErrors } from "../../../platform/http/validation.ts";
import { IdParams } from "../../../platform/http/schemas.ts";
import { notFound } from "../../../platform/errors.ts";
import { findEvent, listRegistrations, type EventSummary } from "../queries/events.ts";
import { messageRecipients, writeToRegistrants } from "../commands/write-to-registrants.ts";
import { wholeNumber } from "../rules/numbers.ts";
import { messageBody } from "../schemas.ts";
import { notFoundTexts } from "../texts.ts";
import { MessagePage, type MessageView } from "../views/message.tsx";
import { participantsCsv, participantsXlsx } from "../views/participants.ts";
import { requireTeam } from "./guards.ts";

/** The team's work with an event's registrants: the participant list as CSV or XLSX, and a message to all of them. */
export async function teamRegistrantRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  async function teamEvent(request: FastifyRequest, id: number) {
    const { program } = await requireTeam(request, db);
    return (await findEvent(db, program.id, id)) ?? Promise.reject(notFound(notFoundTexts.event));
  }
  async function showMessage(request: FastifyRequest, reply: FastifyReply, event: EventSummary, form: Omit<MessageView, "event" | "recipients">, status = 200) {
    const recipients = (await messageRecipients(db, event.id)).length;
    return sendPage(reply, MessagePage({ ctx: pageContext(request, reply, { forms: true }), view: { event, recipients, ...form } }), status);
  }
  const privateFile = (reply: FastifyReply, type: string, name: string) =>
    reply.header("cache-control", "private, no-store").header("content-disposition", `attachment; filename="${name}"`).type(type);

  router.get("/programm/termine/:id/teilnehmende.csv", { schema: { params: IdParams } }, async (request, reply) => {
    const event = await teamEvent(request, request.params.id);
    const csv = participantsCsv(await listRegistrations(db, event.id));
    return privateFile(reply, "text/csv; charset=utf-8", `teilnehmende-${event.id}.csv`).send(csv);
  });

  router.get("/programm/termine/:id/teilnehmende.xlsx", { schema: { params: IdParams } }, async (request, reply) => {
    const event = await teamEvent(request, request.params.id);
    const file = participantsXlsx(event.title, await listRegistrations(db, event.id));
    return privateFile(reply, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `teilnehmende-${event.id}.xlsx`).send(file);
  });

  router.get("/programm/termine/:id/nachricht", { schema: { params: IdParams } }, async (request, reply) => {
    const event = await teamEvent(request, request.params.id);
    return showMessage(request, reply, event, { values: { subject: "", text: "" }, errors: {}, confirming: false });
  });

  router.post("/programm/termine/:id/nachricht", { attachValidation: true, schema: { params: IdParams, body: messageBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const event = await teamEvent(request, request.params.id);
    const body = request.body ?? {};
    const values = { subject: String(body.subject ?? ""), text: String(body.text ?? "") };
    if (Object.keys(errors).length) return showMessage(request, reply, event, { values, errors, confirming: false }, 422);
    const confirmed = wholeNumber(body.recipients, 1, 100000);
    if (!confirmed) return showMessage(request, reply, event, { values, errors: {}, confirming: true });
    const result = await writeToRegistrants(db, config.baseUrl, event, values, confirmed);
    if (!result.ok) return showMessage(request, reply, event, { values, errors: result.errors, confirming: true }, 409);
    return redirectAfterPost(reply, `/programm/termine/${event.id}?stand=nachricht`);
  });
}
