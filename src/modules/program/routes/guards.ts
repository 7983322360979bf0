import type { FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.ts";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { currentProgram } from "../queries/events.ts";
import { policies } from "../policies.ts";
import { notFoundTexts } from "../texts.ts";

/** Every page of the program's steering: log in, be allowed by the page's policy (the team), have a program to steer. */
export async function requireTeam(request: FastifyRequest, db: Db, allowed: (user: CurrentUser) => boolean = policies.manageProgram) {
  const user = requireUser(request);
  if (!allowed(user)) throw forbidden();
  const program = await currentProgram(db);
  if (!program) throw notFound(notFoundTexts.program);
  return { user, program };
}
