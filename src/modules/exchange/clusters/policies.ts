import { isTeam } from "../../../platform/auth/current-user.ts";

/** The initiative's team plans the working-group meetings, so only it sees the suggested topics. */
export const policies = {
  suggestTopics: isTeam,
};
