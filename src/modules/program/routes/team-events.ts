import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formErrors } from "../../../platform/http/validation.ts";
import { IdParams } from "../../../platform/http/schemas.ts";
import { unlessInvalid } from "../../../platform/commands.ts";
import type { FieldErrors, FormValues } from "../../../platform/forms.ts";
import { notFound } from "../../../platform/errors.ts";
import { findEvent, listFormats } from "../queries/events.ts";
import { cohortOf } from "../queries/obligation-input.ts";
import { saveEvent } from "../commands/save-event.ts";
import { eventFormProblems, readDays } from "../rules/event-form.ts";
import { holidayWarnings } from "../queries/holidays.ts";
import { eventBody, type EventInput } from "../schemas.ts";
import { notFoundTexts } from "../texts.ts";
import { EventForm, eventFormValues } from "../views/event-form.tsx";
import { requireTeam } from "./guards.ts";

/** The team creates and changes events. */
export async function teamEventRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    programId: number,
    form: { eventId: number | null; values: FormValues; errors: FieldErrors; holidays?: string[] },
  ) {
    const page = EventForm({
      ctx: pageContext(request, reply, { forms: true }),
      ...form,
      formats: await listFormats(db, programId),
      cohort: await cohortOf(db, programId),
    });
    return sendPage(reply, page, Object.keys(form.errors).length || form.holidays?.length ? 422 : 200);
  }
  async function eventOf(programId: number, id: number) {
    return (await findEvent(db, programId, id)) ?? Promise.reject(notFound(notFoundTexts.event));
  }
  async function save(request: FastifyRequest, reply: FastifyReply, eventId: number | null, body: EventInput) {
    const errors = { ...eventFormProblems(body), ...formErrors(request) };
    const { program } = await requireTeam(request, db);
    if (eventId !== null) await eventOf(program.id, eventId);
    // A date on a public holiday is shown before anything is saved; the second try with "Trotzdem speichern" saves.
    const holidays =
      Object.keys(errors).length || body.despiteHolidays
        ? []
        : await holidayWarnings(
            db,
            program.id,
            readDays(body, {}).map((d) => d.date),
          );
    if (holidays.length) return showForm(request, reply, program.id, { eventId, values: body, errors: {}, holidays });
    const result = await unlessInvalid(errors, () => saveEvent(db, program.id, eventId, body));
    if (result.ok) return redirectAfterPost(reply, `/programm/termine/${result.value}?stand=${eventId === null ? "angelegt" : "gespeichert"}`);
    return showForm(request, reply, program.id, { eventId, values: body, errors: result.errors });
  }

  router.get("/programm/termine/neu", async (request, reply) => {
    const { program } = await requireTeam(request, db);
    return showForm(request, reply, program.id, { eventId: null, values: {}, errors: {} });
  });

  router.post("/programm/termine/neu", { attachValidation: true, schema: { body: eventBody } }, (request, reply) => save(request, reply, null, request.body));

  router.get("/programm/termine/:id/bearbeiten", { schema: { params: IdParams } }, async (request, reply) => {
    const { program } = await requireTeam(request, db);
    const event = await eventOf(program.id, request.params.id);
    return showForm(request, reply, program.id, { eventId: event.id, values: eventFormValues(event), errors: {} });
  });

  router.post("/programm/termine/:id/bearbeiten", { attachValidation: true, schema: { params: IdParams, body: eventBody } }, (request, reply) => {
    // An invalid id answers 404 before the form is looked at.
    formErrors(request);
    return save(request, reply, request.params.id, request.body);
  });
}
