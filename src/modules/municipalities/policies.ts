import type { CurrentUser } from "../../platform/auth/current-user.ts";
import { isMemberRole } from "../../platform/auth/roles.ts";

/** Who may change what in this module. The admin may do everything; members only their own municipality. */
export const policies = {
  createMunicipality: (user: CurrentUser | null) => user?.role === "admin",
  editMunicipality: (user: CurrentUser | null, municipalityId: number) =>
    user?.role === "admin" || (user !== null && isMemberRole(user.role) && user.municipalityId === municipalityId),
  managePeople: (user: CurrentUser | null) => user?.role === "admin",
};
