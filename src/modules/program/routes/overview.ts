import type { FastifyInstance } from "fastify";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { listEvents, listFormats, programOf, registrationsOfUser, tandemOf } from "../queries/events.ts";
import { loadObligationInput } from "../queries/obligation-input.ts";
import { feedToken } from "../queries/registrations.ts";
import { computeObligations } from "../rules/obligations.ts";
import { listCheckIns, listNextSteps } from "../checkins/queries.ts";
import { completedPaths } from "../certificates/queries.ts";
import { takenSeats } from "../applications/queries.ts";
import { MyProgramPage, OverviewPage } from "../views/obligations.tsx";
import { programOrNotFound } from "./event-access.ts";
import { requireTeam } from "./guards.ts";

/** The team's overview of the cohort's obligations, and each person's own program. */
export async function overviewRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;

  app.get("/programm", async (request, reply) => {
    const { program } = await requireTeam(request, db);
    const tandems = computeObligations(await loadObligationInput(db, program.id, todayInGermany()));
    const applicationFormats = (await listFormats(db, program.id)).filter((f) => f.freeSeats !== null);
    return sendPage(reply, OverviewPage({ ctx: pageContext(request, reply), tandems, events: await listEvents(db, program.id), applicationFormats }));
  });

  app.get("/mein-programm", async (request, reply) => {
    const user = requireUser(request);
    const program = (await programOf(db, user.municipalityId)) ?? (await programOrNotFound(db));
    const today = todayInGermany();
    const seats = await tandemOf(db, program.id, user.id, today);
    const tandem = seats.length ? (computeObligations(await loadObligationInput(db, program.id, today, seats[0].municipalityId))[0] ?? null) : null;
    const own = await registrationsOfUser(db, user.id);
    const events = await listEvents(db, program.id, { ids: own.map((o) => o.eventId) });
    const mine = events.map((event) => ({ event, status: own.find((o) => o.eventId === event.id)!.status }));
    const checkIns = seats.length ? await listCheckIns(db, program.id, seats[0].municipalityId) : [];
    const steps = { list: seats.length ? await listNextSteps(db, program.id, { municipalityId: seats[0].municipalityId }) : [], today };
    const certificates = await completedPaths(db, program.id, user.id);
    const feed = await feedToken(db, user.id);
    const feedUrl = feed ? `${app.deps.config.baseUrl}/kalender/${feed}.ics` : null;
    const programEvents = await listEvents(db, program.id);
    const paths = (await takenSeats(db, user.email)).map((p) => ({ title: p.title, modules: programEvents.filter((e) => e.formatId === p.formatId) }));
    return sendPage(
      reply,
      MyProgramPage({ ctx: pageContext(request, reply), programTitle: program.title, tandem, mine, checkIns, certificates, feedUrl, paths, steps }),
    );
  });
}
