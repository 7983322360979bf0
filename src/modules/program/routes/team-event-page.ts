import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.ts";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { attendanceOf, listRegistrations, type EventSummary } from "../queries/events.ts";
import { holidayWarnings } from "../queries/holidays.ts";
import { listDocuments } from "../documents/queries.ts";
import { TeamEventPage, type TeamEventView } from "../views/team-event.tsx";
import { todayInGermany } from "../../../platform/dates.ts";

/** The team's page of one event: documents, registrations, attendance; also shown again with a message after a failed action. */
export async function sendTeamEventPage(
  db: Db,
  programId: number,
  request: FastifyRequest,
  reply: FastifyReply,
  event: EventSummary,
  extra: Pick<TeamEventView, "notice" | "error" | "uploadError"> = {},
  status = 200,
) {
  const view: TeamEventView = {
    event,
    documents: await listDocuments(db, event.id),
    registrations: await listRegistrations(db, event.id),
    marks: await attendanceOf(db, event.id),
    holidays: await holidayWarnings(
      db,
      programId,
      event.days.map((d) => d.date),
    ),
    today: todayInGermany(),
    ...extra,
  };
  return sendPage(reply, TeamEventPage({ ctx: pageContext(request, reply, { forms: true }), view }), status);
}
