import { isTeam } from "../../../platform/auth/current-user.ts";

/** The initiative's team (administration and editors) writes the guide; everybody reads it. */
export const policies = {
  editGuide: isTeam,
};
