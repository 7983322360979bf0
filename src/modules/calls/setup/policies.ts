import { isTeam, type CurrentUser } from "../../../platform/auth/current-user.ts";
import { isPublished, type Call } from "../queries.ts";

/** The initiative's team sets up calls; a draft is seen only by the team, a published call by everyone. */
export const policies = {
  manageCalls: isTeam,
  seeCall: (user: CurrentUser | null, call: Call) => isPublished(call) || isTeam(user),
};
