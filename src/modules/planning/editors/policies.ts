import type { Role } from "../../../platform/auth/roles.ts";
import { policies as planningPolicies } from "../policies.ts";

export const policies = {
  /** The leader decides who besides the planning specialists may change planning data. */
  manageEditors: planningPolicies.manageEditors,
  /** Only staff need the leader's leave; the leader and the planning specialists may by their role. */
  needsLeave: (member: { role: Role }) => member.role === "staff",
};
