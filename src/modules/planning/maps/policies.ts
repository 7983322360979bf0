import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { policies as planningPolicies, type PlanningOwner } from "../policies.ts";

/**
 * Maps, profiles and comparisons are the municipality's members' (the workbench's view rule);
 * publishing and withdrawing is for those who may change planning data. A published map is
 * everyone's: it exists or it does not, and no one learns of maps that are not published.
 */
const viewMaps = (user: CurrentUser | null, owner: PlanningOwner) => planningPolicies.viewPlanning(user, owner);
const publishMaps = (user: CurrentUser | null, owner: PlanningOwner) => planningPolicies.editPlanning(user, owner);
const readPublishedMap = (_user: CurrentUser | null, publication: { publishedAt: Date } | null) => publication !== null;

export const policies = { viewMaps, publishMaps, readPublishedMap };
