import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { notFound } from "../../../platform/errors.ts";
import { redirectAfterPost } from "../../../platform/http/pages.ts";
import { toICalendar } from "../../../platform/calendar/ical.ts";
import { currentProgram, listEvents } from "../queries/events.ts";
import { activeEventIds, feedOwner } from "../queries/registrations.ts";
import { renewFeedToken } from "../commands/renew-feed-token.ts";
import { feedParams } from "../schemas.ts";
import { notFoundTexts } from "../texts.ts";
import { toCalendarEntry } from "../views/calendar.ts";
import { onlyForItsReader } from "./event-access.ts";

/** "My dates" as a calendar subscription: every event the person is registered or waitlisted for. */
export async function feedRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { baseUrl } = app.deps.config;

  router.post("/mein-programm/kalender", async (request, reply) => {
    await renewFeedToken(db, requireUser(request).id);
    return redirectAfterPost(reply, "/mein-programm#kalender");
  });

  router.get("/kalender/:token.ics", { schema: { params: feedParams } }, async (request, reply) => {
    const owner = await feedOwner(db, request.params.token);
    const program = await currentProgram(db);
    if (owner === null || !program) throw notFound(notFoundTexts.feed);
    const events = await listEvents(db, program.id, { ids: await activeEventIds(db, owner) });
    return onlyForItsReader(reply, null)
      .type("text/calendar; charset=utf-8")
      .send(
        toICalendar(
          "K360 – meine Termine",
          events.map((e) => toCalendarEntry(e, baseUrl)),
        ),
      );
  });
}
