import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.ts";
import { forbidden, notFound, unauthenticated } from "../../../platform/errors.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { currentProgram, findEvent, isCohortMember, tandemOf, type EventSummary } from "../queries/events.ts";
import { policies, roleLimitOf } from "../policies.ts";
import { notFoundTexts } from "../texts.ts";

export async function programOrNotFound(db: Db) {
  return (await currentProgram(db)) ?? Promise.reject(notFound(notFoundTexts.program));
}

/** Forms anyone may send without an account, as the other public forms: at most 20 posts a minute from one client. */
export const publicFormLimit = { rateLimit: { max: 20, timeWindow: "1 minute" } };

/**
 * Loads an event the user may see: the same 404 for unknown ids, 401/403 for cohort events, and
 * whether the user may register for it.
 */
export async function visibleEvent(request: FastifyRequest, db: Db, id: number): Promise<{ event: EventSummary; mayRegister: boolean }> {
  const program = await programOrNotFound(db);
  const event = await findEvent(db, program.id, id);
  if (!event) throw notFound(notFoundTexts.event);
  const inCohort = await isCohortMember(db, program.id, request.user?.municipalityId ?? null);
  if (!policies.seeEvent(request.user, event, inCohort)) throw request.user ? forbidden() : unauthenticated();
  const user = request.user;
  const roles = user && roleLimitOf(event) ? (await tandemOf(db, program.id, user.id, todayInGermany())).map((seat) => seat.role) : [];
  return { event, mayRegister: policies.registerForEvent(user, event, inCohort, roles) };
}

/**
 * What only the cohort may see (a cohort event's calendar file or documents, a personal feed) is
 * kept by no shared cache: a proxy must not hand it to the next visitor.
 */
export function onlyForItsReader(reply: FastifyReply, event: Pick<EventSummary, "audience"> | null): FastifyReply {
  return event?.audience === "public" ? reply : reply.header("cache-control", "private, no-store");
}
