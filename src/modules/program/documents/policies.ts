import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { policies as programPolicies } from "../policies.ts";

/** The team adds and removes an event's documents; whoever may see the event may download them. */
export const policies = {
  manageDocuments: (user: CurrentUser | null) => programPolicies.manageProgram(user),
};
