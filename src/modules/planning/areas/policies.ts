import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { isMemberRole } from "../../../platform/auth/roles.ts";

/**
 * Who may send an area file at all, decided before the body is read (platform/http/uploads.ts):
 * members of a municipality. Whether this member may edit this municipality's areas is checked by
 * planningAccess once the route runs; the team never gets this far.
 */
const uploadAreas = (user: CurrentUser | null) => !!user && isMemberRole(user.role) && user.municipalityId !== null;

export const policies = { uploadAreas };
