import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { policies as programPolicies } from "../policies.ts";

/** The team changes who sits in a tandem. */
export const policies = {
  manageTandems: (user: CurrentUser | null) => programPolicies.manageProgram(user),
};
