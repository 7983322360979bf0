import type { CurrentUser } from "../../../platform/auth/current-user.ts";

/** Reading and writing comments needs no account; moderating them is the team's work (administration and editorial staff). */
export const policies = {
  moderateComments: (user: CurrentUser | null) => user?.role === "admin" || user?.role === "editor",
};
