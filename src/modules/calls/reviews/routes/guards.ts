import type { FastifyRequest } from "fastify";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import type { CurrentUser } from "../../../../platform/auth/current-user.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import type { Db } from "../../../../db/client.ts";
import { findCall, type Call } from "../../queries.ts";
import { policies } from "../policies.ts";
import { notFoundTexts } from "../texts.ts";

/** Only the team; anyone else is refused before anything about the call is read. */
export function requireReviewer(request: FastifyRequest): CurrentUser {
  const user = requireUser(request);
  if (!policies.reviewApplications(user)) throw forbidden();
  return user;
}

export async function requireCall(db: Db, id: number): Promise<Call> {
  const call = await findCall(db, id);
  if (!call) throw notFound(notFoundTexts.call);
  return call;
}
