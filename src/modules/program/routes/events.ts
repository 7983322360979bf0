import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { IdParams } from "../../../platform/http/schemas.ts";
import { icsFileName, toICalendar } from "../../../platform/calendar/ical.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { isCohortMember } from "../queries/events.ts";
import { documentCounts, listEventsForPage } from "../queries/event-list.ts";
import { policies } from "../policies.ts";
import { eventQuery } from "../schemas.ts";
import { registrationNotices } from "../texts.ts";
import { EventsPage } from "../views/events.tsx";
import { toCalendarEntry } from "../views/calendar.ts";
import { onlyForItsReader, programOrNotFound, visibleEvent } from "./event-access.ts";
import { sendEventPage } from "./event-page.ts";

/** The dates: the list, the calendar files and the page of one event. */
export async function eventRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  router.get("/termine", async (request, reply) => {
    const user = request.user;
    const inCohort = user ? await isCohortMember(db, (await programOrNotFound(db)).id, user.municipalityId) : false;
    const all = await listEventsForPage(app.deps.database, !(policies.manageProgram(user) || inCohort));
    const today = todayInGermany();
    const upcoming = all.filter((e) => (e.days.at(-1)?.date ?? "9999") >= today);
    const past = all.filter((e) => !upcoming.includes(e)).reverse();
    const materials = await documentCounts(
      db,
      past.map((e) => e.id),
    );
    return sendPage(reply, EventsPage({ ctx: pageContext(request, reply), upcoming, past, materials, canManage: policies.manageProgram(request.user) }));
  });

  router.get("/termine.ics", async (_request, reply) => {
    const events = await listEventsForPage(app.deps.database, true);
    return reply.type("text/calendar; charset=utf-8").send(
      toICalendar(
        "K360 – offene Termine",
        events.map((e) => toCalendarEntry(e, config.baseUrl)),
      ),
    );
  });

  router.get("/termine/:id.ics", { schema: { params: IdParams } }, async (request, reply) => {
    const { event } = await visibleEvent(request, db, request.params.id);
    return onlyForItsReader(reply, event)
      .type("text/calendar; charset=utf-8")
      .header("content-disposition", `attachment; filename="${icsFileName(event.title)}"`)
      .send(toICalendar(event.title, [toCalendarEntry(event, config.baseUrl)]));
  });

  router.get("/termine/:id", { schema: { params: IdParams, querystring: eventQuery } }, async (request, reply) => {
    const { event, mayRegister } = await visibleEvent(request, db, request.params.id);
    return sendEventPage(
      db,
      request,
      reply,
      { event, mayRegister },
      {
        notice: registrationNotices[request.query.stand ?? ""],
        resendOpen: request.query.stand === "pending",
      },
    );
  });
}
