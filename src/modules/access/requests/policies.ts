import type { CurrentUser } from "../../../platform/auth/current-user.ts";

/** Anyone may ask for access; the team (the admin) decides the requests that are not at an official domain. */
export const policies = {
  decideRequests: (user: CurrentUser | null) => user?.role === "admin",
};
