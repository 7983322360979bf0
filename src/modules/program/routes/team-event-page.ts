import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.ts";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { holidaysOn } from "../../../platform/calendar/holidays.ts";
import { attendanceOf, listRegistrations, type EventSummary } from "../queries/events.ts";
import { loadObligationInput } from "../queries/obligation-input.ts";
import { listDocuments } from "../documents/queries.ts";
import { TeamEventPage, type TeamEventView } from "../views/team-event.tsx";
import { todayInGermany, formatDayWithWeekday } from "../../../platform/dates.ts";
import { listMunicipalitiesByIds } from "../../municipalities/index.ts";

/** Holidays in the cohort's Länder on the event's days, for the team to notice before inviting. */
async function holidayWarnings(db: Db, programId: number, event: EventSummary): Promise<string[]> {
  const cohort = (await loadObligationInput(db, programId, todayInGermany())).municipalities;
  const stateCodes = [
    ...new Set(
      (
        await listMunicipalitiesByIds(
          db,
          cohort.map((m) => m.id),
        )
      ).map((m) => m.stateCode),
    ),
  ];
  return event.days.flatMap((d) =>
    holidaysOn(d.date, stateCodes).map(
      (h) => `${formatDayWithWeekday(d.date)} ist ein Feiertag: ${h.name} (${h.states.length === 16 ? "bundesweit" : `in ${h.states.length} Ländern`}).`,
    ),
  );
}

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
    holidays: await holidayWarnings(db, programId, event),
    today: todayInGermany(),
    ...extra,
  };
  return sendPage(reply, TeamEventPage({ ctx: pageContext(request, reply, { forms: true }), view }), status);
}
