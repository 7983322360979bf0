import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.ts";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { registrationsOfUser, type EventSummary } from "../queries/events.ts";
import { listDocuments } from "../documents/queries.ts";
import { policies } from "../policies.ts";
import { registrationClosedReason } from "../rules/registration.ts";
import { EventPage, type EventView } from "../views/events.tsx";

/** The page of one event, with the person's registration; shown again with the form's messages after a failed registration. */
export async function sendEventPage(
  db: Db,
  request: FastifyRequest,
  reply: FastifyReply,
  found: { event: EventSummary; mayRegister: boolean },
  extra: Partial<EventView> = {},
  status = 200,
) {
  const { event } = found;
  const own = request.user ? ((await registrationsOfUser(db, request.user.id)).find((x) => x.eventId === event.id) ?? null) : null;
  const view: EventView = {
    event,
    closedReason: registrationClosedReason(event, todayInGermany()),
    own,
    canRegister: found.mayRegister,
    documents: await listDocuments(db, event.id),
    past: (event.days.at(-1)?.date ?? "9999") < todayInGermany(),
    canManage: policies.manageProgram(request.user),
    publicForm: !request.user,
    values: { name: "", email: "" },
    errors: {},
    ...extra,
  };
  return sendPage(reply, EventPage({ ctx: pageContext(request, reply, { forms: true }), view }), status);
}
