import type { Db } from "../../db/client.ts";
import { isTeam, type CurrentUser } from "../../platform/auth/current-user.ts";
import { isMemberRole } from "../../platform/auth/roles.ts";
import type { Visibility } from "./reference.ts";
import { currentProgram, isCohortMember } from "../program/index.ts";

const isMemberOf = (user: CurrentUser | null, municipalityId: number) => user !== null && isMemberRole(user.role) && user.municipalityId === municipalityId;

/** What the features of the exchange share: the team, and members for their own municipality. Readers of reports are decided by audiences (below). */
export const policies = {
  isTeam,
  isMemberOf,
};

const municipalityAudience = (municipalityId: number) => `municipality:${municipalityId}`;
const cohortAudience = (programId: number) => `cohort:${programId}`;

async function cohortOf(db: Db, municipalityId: number | null): Promise<number | null> {
  const program = await currentProgram(db);
  return program && (await isCohortMember(db, program.id, municipalityId)) ? program.id : null;
}

/** The audience a published report is indexed for. A cohort report of a municipality outside the cohort stays with its municipality. */
export async function audienceOf(db: Db, visibility: Visibility, municipalityId: number): Promise<string> {
  if (visibility === "public" || visibility === "network") return visibility;
  if (visibility === "cohort") {
    const programId = await cohortOf(db, municipalityId);
    if (programId !== null) return cohortAudience(programId);
  }
  return municipalityAudience(municipalityId);
}

/** Every audience a reader belongs to; null for the initiative's team, who reads everything. */
export async function readerAudiences(db: Db, user: CurrentUser | null): Promise<string[] | null> {
  if (user === null) return ["public"];
  if (policies.isTeam(user)) return null;
  const audiences = ["public", "network"];
  if (user.municipalityId !== null) {
    audiences.push(municipalityAudience(user.municipalityId));
    const programId = await cohortOf(db, user.municipalityId);
    if (programId !== null) audiences.push(cohortAudience(programId));
  }
  return audiences;
}
