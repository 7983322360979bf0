import type { FastifyRequest } from "fastify";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { AppError, forbidden, notFound } from "../../../../platform/errors.ts";
import { findMunicipalityById } from "../../../municipalities/index.ts";
import { findCallBySlug, isOpenForApplications, isPublished } from "../../queries.ts";
import { applicationWithTandem, type ApplyingContext } from "../queries.ts";
import { policies } from "../policies.ts";
import { messages } from "../texts.ts";

/** Every write after the deadline: nothing is stored, and the page says why. */
export const callClosed = () => new AppError(409, "call_closed", messages.closed);

/** Authenticate, authorise (members of a municipality apply, the team does not), find the published call and the municipality's application. */
export async function applyingContext(request: FastifyRequest, slug: string): Promise<ApplyingContext> {
  const user = requireUser(request);
  if (!policies.apply(user)) throw forbidden();
  const { db } = request.server.deps.database;
  const call = await findCallBySlug(db, slug);
  const municipality = await findMunicipalityById(db, user.municipalityId!);
  if (!call || !isPublished(call) || !municipality) throw notFound(messages.notFound);
  return { user, call, municipality, ...(await applicationWithTandem(db, call.id, municipality.id)) };
}

/** The application the user's tandem may change now: theirs, a draft, and the call still open; otherwise a 4xx with a German message. */
export async function editableApplication(request: FastifyRequest, slug: string) {
  const context = await applyingContext(request, slug);
  const { application, tandem, user, call } = context;
  if (!application) throw notFound("Die Bewerbung");
  if (!policies.editApplication(user, tandem)) throw new AppError(403, "not_tandem", messages.notTandem);
  if (!isOpenForApplications(call)) throw callClosed();
  if (application.status !== "draft") throw new AppError(409, "application_submitted", messages.submitted);
  return { ...context, application };
}
