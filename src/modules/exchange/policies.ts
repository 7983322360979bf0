import { isTeam, type CurrentUser } from "../../platform/auth/current-user.ts";
import { isMemberRole } from "../../platform/auth/roles.ts";

const isMemberOf = (user: CurrentUser | null, municipalityId: number) => user !== null && isMemberRole(user.role) && user.municipalityId === municipalityId;

/** Who may do what in the exchange. Readers of reports are decided by audiences (audiences.ts). */
export const policies = {
  isTeam,
  isMemberOf,
  writeReport: (user: CurrentUser | null) => user !== null && isMemberRole(user.role) && user.municipalityId !== null,
  editReport: (user: CurrentUser | null, municipalityId: number) => isTeam(user) || isMemberOf(user, municipalityId),
  reviewReports: isTeam,
  editThesaurus: isTeam,
};
