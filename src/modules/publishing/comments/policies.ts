import { isTeam } from "../../../platform/auth/current-user.ts";

/** Reading and writing comments needs no account; moderating them is the team's work (administration and editorial staff). */
export const policies = {
  moderateComments: isTeam,
};
