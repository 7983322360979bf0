import type { Db } from "../../../db/client.ts";
import { isTeam, type CurrentUser } from "../../../platform/auth/current-user.ts";
import { isMemberRole } from "../../../platform/auth/roles.ts";
import { isCohortMember } from "../../program/index.ts";

/** Members of the current cohort's municipalities and the team take part in designing the program. */
export async function mayTakePart(db: Db, user: CurrentUser, programId: number): Promise<boolean> {
  return isTeam(user) || (isMemberRole(user.role) && (await isCohortMember(db, programId, user.municipalityId)));
}

/** The team decides on proposals. */
export const policies = {
  decide: isTeam,
};

/** Supporting, commenting and deciding are for open proposals only. */
export const isOpen = (proposal: { status: string }) => proposal.status === "open";
