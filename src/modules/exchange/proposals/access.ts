import type { FastifyRequest } from "fastify";
import type { Db } from "../../../db/client.ts";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { isMemberRole } from "../../../platform/auth/roles.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { policies } from "../policies.ts";
import { currentProgram, isCohortMember } from "../../program/index.ts";

/** Members of the current cohort's municipalities and the team take part in designing the program. */
export async function mayTakePart(db: Db, user: CurrentUser, programId: number): Promise<boolean> {
  return policies.isTeam(user) || (isMemberRole(user.role) && (await isCohortMember(db, programId, user.municipalityId)));
}

/** Every page of the topic proposals: log in, belong to the cohort or the team, have a program. */
export async function requireParticipant(request: FastifyRequest, db: Db) {
  const user = requireUser(request);
  const program = await currentProgram(db);
  if (!program) throw policies.isTeam(user) ? notFound("Das Programm") : forbidden();
  if (!(await mayTakePart(db, user, program.id))) throw forbidden();
  return { user, program };
}
