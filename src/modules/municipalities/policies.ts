import type { CurrentUser } from "../../platform/auth/current-user.ts";
import { isMemberRole } from "../../platform/auth/roles.ts";

/** The municipality a member belongs to, for other modules and for the rules below. */
export const isMemberOf = (user: CurrentUser | null, municipality: { id: number }) =>
  user !== null && isMemberRole(user.role) && user.municipalityId === municipality.id;

/** Who may change what in this module. The admin may do everything; members their own municipality's profile and projects. */
export const policies = {
  createMunicipality: (user: CurrentUser | null) => user?.role === "admin",
  editMunicipality: (user: CurrentUser | null, municipality: { id: number }) => user?.role === "admin" || isMemberOf(user, municipality),
  managePeople: (user: CurrentUser | null) => user?.role === "admin",
  editOfficialDomains: (user: CurrentUser | null) => user?.role === "admin",
};
