import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../platform/http/pages.ts";
import { IdParams } from "../../../platform/http/schemas.ts";
import { notFound } from "../../../platform/errors.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { findEvent } from "../queries/events.ts";
import { markAttendance } from "../commands/mark-attendance.ts";
import { confirmRegistrations } from "../commands/confirm-registrations.ts";
import { attendanceBody, eventQuery } from "../schemas.ts";
import { notFoundTexts, teamEventNotices } from "../texts.ts";
import { requireTeam } from "./guards.ts";
import { sendTeamEventPage } from "./team-event-page.ts";

/** The team's page of one event: registrations, their confirmation and the attendance of each day. */
export async function attendanceRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function teamEvent(request: Parameters<typeof requireTeam>[0], id: number) {
    const { program, user } = await requireTeam(request, db);
    const event = await findEvent(db, program.id, id);
    if (!event) throw notFound(notFoundTexts.event);
    return { program, user, event };
  }

  router.get("/programm/termine/:id", { schema: { params: IdParams, querystring: eventQuery } }, async (request, reply) => {
    const { program, event } = await teamEvent(request, request.params.id);
    return sendTeamEventPage(db, program.id, request, reply, event, { notice: teamEventNotices[request.query.stand ?? ""] });
  });

  router.post("/programm/termine/:id/anwesenheit", { schema: { params: IdParams, body: attendanceBody } }, async (request, reply) => {
    const { program, user, event } = await teamEvent(request, request.params.id);
    const result = await markAttendance(db, event, request.body.dayId, request.body.present ?? [], user.id, todayInGermany());
    if (result.ok) return redirectAfterPost(reply, `/programm/termine/${event.id}?stand=anwesenheit`);
    return sendTeamEventPage(db, program.id, request, reply, event, { error: result.errors.form }, 422);
  });

  router.post("/programm/termine/:id/bestaetigen", { schema: { params: IdParams } }, async (request, reply) => {
    const { event } = await teamEvent(request, request.params.id);
    await confirmRegistrations(db, event.id);
    return redirectAfterPost(reply, `/programm/termine/${event.id}?stand=bestaetigt`);
  });
}
