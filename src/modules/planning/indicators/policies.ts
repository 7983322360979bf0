import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { policies as planningPolicies, type PlanningOwner } from "../policies.ts";

/** A municipality changes only its own indicators; the starter catalogue is the same for everyone. */
const changeIndicator = (user: CurrentUser | null, owner: PlanningOwner, indicator: { municipalityId: number | null }) =>
  planningPolicies.editPlanning(user, owner) && indicator.municipalityId === owner.id;

export const policies = { changeIndicator };
