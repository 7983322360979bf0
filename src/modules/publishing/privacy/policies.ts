import type { CurrentUser } from "../../../platform/auth/current-user.ts";

/** Only an admin looks up, exports and erases what the platform holds about a person. */
export const policies = {
  managePersonalData: (user: CurrentUser | null) => user?.role === "admin",
};
