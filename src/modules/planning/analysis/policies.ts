import type { PlanningAction } from "../routes/access.ts";

/**
 * Running an analysis only reads the municipality's planning data: whoever may see the workbench
 * (its members) may analyse and export; the team sees nothing unpublished (planningAccess, policies.ts
 * of the module). Nothing of an analysis is stored.
 */
export const analysisAction: PlanningAction = "view";

export const policies = { analysisAction };
