import type { FastifyInstance, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { asList } from "../../../platform/forms.ts";
import { notFound } from "../../../platform/errors.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { currentProgram, findEvent, listEvents, listFormats, loadObligationInput, registrationsOfUser, tandemOf, type EventSummary } from "../queries/events.ts";
import { computeObligations } from "../rules/obligations.ts";
import { saveEvent } from "../commands/save-event.ts";
import { confirmRegistrations, markAttendance } from "../commands/mark-attendance.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { MyProgramPage, OverviewPage } from "../views/obligations.tsx";
import { EventForm } from "../views/event-form.tsx";
import { sendTeamEventPage } from "./team-event-page.ts";
import { listCheckIns } from "../checkins/commands/save-check-in.ts";
import { completedPaths } from "../certificates/queries.ts";
import { feedToken } from "./feed.ts";
import { requireTeam } from "./guards.ts";
import { translateValidation } from "../../../platform/http/validation.ts";

const idParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const eventBody = Type.Object(
  { title: Type.String({ maxLength: 200 }), description: Type.Optional(Type.String({ maxLength: 5000 })) },
  { additionalProperties: Type.Union([Type.String({ maxLength: 300 }), Type.Array(Type.String({ maxLength: 300 }), { maxItems: 20 })]) },
);

function eventValues(eventSummary: EventSummary): Record<string, string> {
  const value: Record<string, string> = {
    title: eventSummary.title,
    formatId: String(eventSummary.formatId),
    moduleNumber: eventSummary.moduleNumber ? String(eventSummary.moduleNumber) : "",
    municipalityId: eventSummary.municipalityId ? String(eventSummary.municipalityId) : "",
    place: eventSummary.place,
    onlineUrl: eventSummary.onlineUrl,
    capacity: eventSummary.capacity === null ? "" : String(eventSummary.capacity),
    audience: eventSummary.audience,
    registrationOpensOn: eventSummary.registrationOpensOn ?? "",
    registrationClosesOn: eventSummary.registrationClosesOn ?? "",
    description: eventSummary.description,
    speakers: eventSummary.speakers,
    cancelled: eventSummary.cancelled ? "ja" : "",
  };
  eventSummary.days.forEach((d, i) => Object.assign(value, { [`d${i}_date`]: d.date, [`d${i}_start`]: d.startsAt ?? "", [`d${i}_end`]: d.endsAt ?? "" }));
  return value;
}

export async function teamRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  const team = (request: FastifyRequest) => requireTeam(request, db);

  async function cohortInfo(programId: number) {
    const input = await loadObligationInput(db, programId, todayInGermany());
    return input.municipalities;
  }

  router.get("/programm", async (request, reply) => {
    const { program } = await team(request);
    const tandems = computeObligations(await loadObligationInput(db, program.id, todayInGermany()));
    const applicationFormats = (await listFormats(db, program.id)).filter((f) => f.freeSeats !== null);
    return sendPage(reply, OverviewPage({ ctx: pageContext(request, reply), tandems, events: await listEvents(db, program.id), applicationFormats }));
  });

  router.get("/programm/termine/neu", async (request, reply) => {
    const { program } = await team(request);
    return sendPage(
      reply,
      EventForm({
        ctx: pageContext(request, reply, { forms: true }),
        eventId: null,
        values: {},
        errors: {},
        formats: await listFormats(db, program.id),
        cohort: await cohortInfo(program.id),
      }),
    );
  });

  router.post("/programm/termine/neu", { attachValidation: true, schema: { body: eventBody } }, async (request, reply) => {
    const { program } = await team(request);
    const errors = translateValidation(request.validationError?.validation);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const result = await saveEvent(db, program.id, null, body, errors);
    if (result.ok) return redirectAfterPost(reply, `/programm/termine/${result.id}?stand=angelegt`);
    const values = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]));
    return sendPage(
      reply,
      EventForm({
        ctx: pageContext(request, reply, { forms: true }),
        eventId: null,
        values,
        errors: result.errors,
        formats: await listFormats(db, program.id),
        cohort: await cohortInfo(program.id),
      }),
      422,
    );
  });

  router.get(
    "/programm/termine/:id",
    { schema: { params: idParams, querystring: Type.Object({ stand: Type.Optional(Type.String({ maxLength: 20 })) }) } },
    async (request, reply) => {
      const { program } = await team(request);
      const event = await findEvent(db, program.id, request.params.id);
      if (!event) throw notFound("Der Termin");
      const notice = {
        angelegt: "Der Termin ist angelegt.",
        gespeichert: "Der Termin ist gespeichert.",
        anwesenheit: "Die Anwesenheit ist gespeichert.",
        bestaetigt: "Die Anmeldungen sind bestätigt.",
        unterlage: "Die Unterlage ist hochgeladen.",
        geloescht: "Die Unterlage ist entfernt.",
      }[request.query.stand ?? ""];
      return sendTeamEventPage(db, program.id, request, reply, event, { notice });
    },
  );

  router.get("/programm/termine/:id/bearbeiten", { schema: { params: idParams } }, async (request, reply) => {
    const { program } = await team(request);
    const event = await findEvent(db, program.id, request.params.id);
    if (!event) throw notFound("Der Termin");
    return sendPage(
      reply,
      EventForm({
        ctx: pageContext(request, reply, { forms: true }),
        eventId: event.id,
        values: eventValues(event),
        errors: {},
        formats: await listFormats(db, program.id),
        cohort: await cohortInfo(program.id),
      }),
    );
  });

  router.post("/programm/termine/:id/bearbeiten", { attachValidation: true, schema: { params: idParams, body: eventBody } }, async (request, reply) => {
    const { program } = await team(request);
    const event = await findEvent(db, program.id, Number((request.params as { id: unknown }).id));
    if (!event) throw notFound("Der Termin");
    const errors = translateValidation(request.validationError?.validation);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const result = await saveEvent(db, program.id, event.id, body, errors);
    if (result.ok) return redirectAfterPost(reply, `/programm/termine/${event.id}?stand=gespeichert`);
    const values = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, String(Array.isArray(v) ? v[0] : v)]));
    return sendPage(
      reply,
      EventForm({
        ctx: pageContext(request, reply, { forms: true }),
        eventId: event.id,
        values,
        errors: result.errors,
        formats: await listFormats(db, program.id),
        cohort: await cohortInfo(program.id),
      }),
      422,
    );
  });

  router.post(
    "/programm/termine/:id/anwesenheit",
    {
      schema: {
        params: idParams,
        body: Type.Object({
          dayId: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
          present: Type.Optional(Type.Array(Type.Integer({ minimum: 1, maximum: 2_147_483_647 }), { maxItems: 1000 })),
        }),
      },
    },
    async (request, reply) => {
      const { program, user } = await team(request);
      const event = await findEvent(db, program.id, request.params.id);
      if (!event) throw notFound("Der Termin");
      const result = await markAttendance(db, event, request.body.dayId, asList(request.body.present).map(Number), user.id, todayInGermany());
      if (result.ok) return redirectAfterPost(reply, `/programm/termine/${event.id}?stand=anwesenheit`);
      return sendTeamEventPage(db, program.id, request, reply, event, { error: result.message }, 422);
    },
  );

  router.post("/programm/termine/:id/bestaetigen", { schema: { params: idParams } }, async (request, reply) => {
    const { program } = await team(request);
    const event = await findEvent(db, program.id, request.params.id);
    if (!event) throw notFound("Der Termin");
    await confirmRegistrations(db, event.id);
    return redirectAfterPost(reply, `/programm/termine/${event.id}?stand=bestaetigt`);
  });

  router.get("/mein-programm", async (request, reply) => {
    const user = requireUser(request);
    const program = await currentProgram(db);
    if (!program) throw notFound("Das Programm");
    const today = todayInGermany();
    const seats = await tandemOf(db, program.id, user.id, today);
    const tandem = seats.length ? (computeObligations(await loadObligationInput(db, program.id, today, seats[0].municipalityId))[0] ?? null) : null;
    const own = await registrationsOfUser(db, user.id);
    const events = await listEvents(db, program.id, { ids: own.map((o) => o.eventId) });
    const mine = events.map((event) => ({ event, status: own.find((o) => o.eventId === event.id)!.status }));
    const checkIns = seats.length ? await listCheckIns(db, program.id, seats[0].municipalityId) : [];
    const certificates = await completedPaths(db, program.id, user.id);
    const feed = await feedToken(db, user.id);
    const feedUrl = feed ? `${request.server.deps.config.baseUrl}/kalender/${feed}.ics` : null;
    return sendPage(reply, MyProgramPage({ ctx: pageContext(request, reply), tandem, mine, checkIns, certificates, feedUrl }));
  });
}
