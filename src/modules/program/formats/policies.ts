import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { policies as programPolicies } from "../policies.ts";

/** The team sets the formats' rules. */
export const policies = {
  editFormats: (user: CurrentUser | null) => programPolicies.manageProgram(user),
};
