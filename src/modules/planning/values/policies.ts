import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { isMemberRole } from "../../../platform/auth/roles.ts";

/**
 * Who may send a value file at all, decided from the account alone before the body is read
 * (platform/http/uploads.ts): members of a municipality. The route then checks, with
 * planningAccess "edit", that the member may change this municipality's planning data.
 */
const uploadValues = (user: CurrentUser) => isMemberRole(user.role);

export const policies = { uploadValues };
