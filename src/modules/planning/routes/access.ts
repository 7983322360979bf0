import type { FastifyRequest } from "fastify";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { findMunicipality } from "../../municipalities/index.ts";
import { planningOwner } from "../queries.ts";
import { policies } from "../policies.ts";
import { agsOf } from "../schemas.ts";
import { sharedTexts } from "../texts.ts";

export type PlanningAction = "view" | "edit" | "manage";

/**
 * The first steps of every workbench route: authenticate, find the municipality of the address,
 * authorise (view: its members; edit: planning specialists, the leader and whom the leader allowed;
 * manage: the leader). Unknown municipality 404, wrong role or another municipality 403.
 */
export async function planningAccess(request: FastifyRequest, slug: string, action: PlanningAction) {
  const user = requireUser(request);
  const db = request.server.deps.database.db;
  const municipality = await findMunicipality(db, agsOf(slug));
  if (!municipality) throw notFound(sharedTexts.municipalityNotFound);
  const owner = await planningOwner(db, municipality.id);
  const allowed =
    action === "view" ? policies.viewPlanning(user, owner) : action === "edit" ? policies.editPlanning(user, owner) : policies.manageEditors(user, owner);
  if (!allowed) throw forbidden();
  return { user, municipality, owner, canEdit: policies.editPlanning(user, owner) };
}

/** The address of a municipality's workbench. */
export const workbenchPath = (municipality: { slug: string }) => `/kommunen/${municipality.slug}/planung`;
