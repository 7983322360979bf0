import type { FastifyInstance } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { eq } from "drizzle-orm";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { notFound } from "../../../platform/errors.ts";
import { redirectAfterPost } from "../../../platform/http/pages.ts";
import { newToken } from "../../../platform/auth/tokens.ts";
import { toICalendar } from "../../../platform/calendar/ical.ts";
import { feedTokens, registrations } from "../tables.ts";
import { currentProgram, listEvents } from "../queries/events.ts";
import { toCalendarEntry } from "../views/calendar.ts";

export async function feedToken(db: FastifyInstance["deps"]["database"]["db"], userId: number): Promise<string | null> {
  const [row] = await db.select({ token: feedTokens.token }).from(feedTokens).where(eq(feedTokens.userId, userId));
  return row?.token ?? null;
}

/** "My dates" as a calendar subscription: every event the person is registered or waitlisted for. */
export async function feedRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { baseUrl } = app.deps.config;

  router.post("/mein-programm/kalender", async (request, reply) => {
    const user = requireUser(request);
    const token = newToken();
    await db
      .insert(feedTokens)
      .values({ userId: user.id, token })
      .onConflictDoUpdate({ target: feedTokens.userId, set: { token, createdAt: new Date() } });
    return redirectAfterPost(reply, "/mein-programm#kalender");
  });

  router.get(
    "/kalender/:token.ics",
    { schema: { params: Type.Object({ token: Type.String({ minLength: 20, maxLength: 100, pattern: "^[A-Za-z0-9_-]+$" }) }) } },
    async (request, reply) => {
      const [owner] = await db.select({ userId: feedTokens.userId }).from(feedTokens).where(eq(feedTokens.token, request.params.token));
      const program = await currentProgram(db);
      if (!owner || !program) throw notFound("Dieser Kalender");
      const own = await db
        .select({ eventId: registrations.eventId, status: registrations.status })
        .from(registrations)
        .where(eq(registrations.userId, owner.userId));
      const active = own.filter((o) => !["cancelled", "excused"].includes(o.status)).map((o) => o.eventId);
      const events = await listEvents(db, program.id, { ids: active });
      return reply.type("text/calendar; charset=utf-8").send(
        toICalendar(
          "K360 – meine Termine",
          events.map((e) => toCalendarEntry(e, baseUrl)),
        ),
      );
    },
  );
}
