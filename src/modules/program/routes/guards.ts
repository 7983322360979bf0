import type { FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { currentProgram } from "../queries/events.ts";
import { policies } from "../policies.ts";

/** Every page of the program's steering: log in, be on the initiative's team, have a program to steer. */
export async function requireTeam(request: FastifyRequest, db: Db) {
  const user = requireUser(request);
  if (!policies.manageProgram(user)) throw forbidden();
  const program = await currentProgram(db);
  if (!program) throw notFound("Das Programm");
  return { user, program };
}
