import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { policies as programPolicies } from "../policies.ts";

/** Anyone may apply for a free seat; only the team sees the applications (personal data) and decides. */
export const policies = {
  selectApplicants: (user: CurrentUser | null) => programPolicies.manageProgram(user),
};
