import type { CurrentUser } from "../../../platform/auth/current-user.ts";

/** The initiative's team (administration and editors) writes the guide. */
export const isTeam = (user: CurrentUser | null) => user?.role === "admin" || user?.role === "editor";
