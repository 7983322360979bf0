import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { policies as programPolicies } from "../policies.ts";

/** The team records check-ins; their notes are confidential (the tandem reads its own on "Mein Programm"). */
export const policies = {
  recordCheckIns: (user: CurrentUser | null) => programPolicies.manageProgram(user),
};
