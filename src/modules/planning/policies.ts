import type { CurrentUser } from "../../platform/auth/current-user.ts";
import { isMemberRole } from "../../platform/auth/roles.ts";

/** A municipality as the planning policies see it: its id and the members its leader allowed to edit planning data. */
export interface PlanningOwner {
  id: number;
  editorIds: number[];
}

/** A municipality's planning data is its members' until they publish it; the team sees only what is published. */
const viewPlanning = (user: CurrentUser | null, owner: { id: number }) => !!user && isMemberRole(user.role) && user.municipalityId === owner.id;

/** Changing planning data: the planning specialists and the leader, and members the leader allowed. */
const editPlanning = (user: CurrentUser | null, owner: PlanningOwner) =>
  viewPlanning(user, owner) && (user!.role === "planningSpecialist" || user!.role === "leader" || owner.editorIds.includes(user!.id));

/** Who may edit besides the planning specialists: the leader decides. */
const manageEditors = (user: CurrentUser | null, owner: { id: number }) => viewPlanning(user, owner) && user!.role === "leader";

export const policies = { viewPlanning, editPlanning, manageEditors };
