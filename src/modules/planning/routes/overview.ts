import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { isMemberRole } from "../../../platform/auth/roles.ts";
import { forbidden } from "../../../platform/errors.ts";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { findMunicipalityById } from "../../municipalities/index.ts";
import { periodsByIndicator } from "../indicators/queries.ts";
import { areasOf, currentCut, cutsOf, indicatorsFor } from "../queries.ts";
import { slugParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { OverviewPage, type CutSummary } from "../views/overview.tsx";
import { planningAccess, workbenchPath } from "./access.ts";
import type { Db } from "../../../db/client.ts";

/** What the overview says about the current cut: its areas, what the validation found, its periods and indicators with values. */
async function summaryOf(db: Db, municipalityId: number): Promise<CutSummary | null> {
  const cut = await currentCut(db, municipalityId);
  if (!cut) return null;
  const areas = await areasOf(db, cut.id);
  const periods = await periodsByIndicator(db, cut.id);
  const indicators = (await indicatorsFor(db, municipalityId)).filter((indicator) => periods.has(indicator.id));
  return {
    label: cut.label,
    createdAt: cut.createdAt,
    areas: areas.length,
    withProblems: areas.filter((area) => Array.isArray(area.problems) && area.problems.length > 0).length,
    withoutGeometry: areas.filter((area) => area.geometry === null).length,
    cuts: (await cutsOf(db, municipalityId)).length,
    periods: [...new Set([...periods.values()].flat())].sort(),
    indicators: indicators.map((indicator) => ({ id: indicator.id, name: indicator.name, periods: periods.get(indicator.id)! })),
  };
}

/** The workbench's overview, and the members' way to it from the account menu. */
export async function overviewRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/planung", async (request, reply) => {
    const user = requireUser(request);
    const own = isMemberRole(user.role) && user.municipalityId !== null ? await findMunicipalityById(db, user.municipalityId) : null;
    if (!own) throw forbidden();
    return reply.redirect(workbenchPath(own), 303);
  });

  router.get("/kommunen/:slug/planung", { schema: { params: slugParams } }, async (request, reply) => {
    const access = await planningAccess(request, request.params.slug, "view");
    const page = OverviewPage({
      ctx: pageContext(request, reply),
      municipality: access.municipality,
      summary: await summaryOf(db, access.municipality.id),
      canEdit: access.canEdit,
      canManage: policies.manageEditors(access.user, access.owner),
    });
    return sendPage(reply, page);
  });
}
