import { isTeam, type CurrentUser } from "../../../platform/auth/current-user.ts";

/** Only the team (admin, editor) sees the scores and the proposal, overrides it and sends the decisions. */
export const policies = {
  selectApplications: (user: CurrentUser | null) => isTeam(user),
};
