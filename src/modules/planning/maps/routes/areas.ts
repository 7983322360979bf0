import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { planningAccess, workbenchPath } from "../../routes/access.ts";
import { slugParams } from "../../schemas.ts";
import { planningBasis, profileIndicators, type PlanningBasis } from "../queries.ts";
import { profileRows } from "../rules/profile.ts";
import { areaParams, compareQuery, profileQuery } from "../schemas.ts";
import { compareLabels, mapTexts } from "../texts.ts";
import { ComparePage } from "../views/compare-page.tsx";
import { ProfilePage } from "../views/profile-page.tsx";

const periodOf = (basis: PlanningBasis, asked: string | undefined) =>
  basis.periods.includes(asked ?? "") ? asked! : (basis.periods[basis.periods.length - 1] ?? "");

/** Area profiles and the comparison of two areas (workbench, members of the municipality). */
export async function areaRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/kommunen/:slug/planung/gebiete/:key/profil", { schema: { params: areaParams, querystring: profileQuery } }, async (request, reply) => {
    const { municipality } = await planningAccess(request, request.params.slug, "view");
    const basis = await planningBasis(db, municipality.id);
    const area = basis?.areas.find((a) => a.key === request.params.key);
    if (!basis || !area) throw notFound(mapTexts.areaNotFound);
    const period = periodOf(basis, request.query.zeitraum);
    const { previous, indicators } = await profileIndicators(db, basis, period);
    const rows = profileRows(indicators, area.position);
    const page = ProfilePage({
      ctx: pageContext(request, reply),
      municipality,
      base: workbenchPath(municipality),
      area,
      areas: basis.areas,
      period,
      periods: basis.periods,
      previous,
      rows,
    });
    return sendPage(reply, page);
  });

  router.get("/kommunen/:slug/planung/vergleich", { schema: { params: slugParams, querystring: compareQuery } }, async (request, reply) => {
    const { municipality } = await planningAccess(request, request.params.slug, "view");
    const basis = await planningBasis(db, municipality.id);
    const period = basis ? periodOf(basis, request.query.zeitraum) : "";
    const chosen = { a: request.query.a ?? "", b: request.query.b ?? "", zeitraum: period };
    const errors: FieldErrors = {};
    const find = (field: "a" | "b") => {
      const area = basis?.areas.find((a) => a.key === chosen[field]);
      if (!area && chosen[field] !== "") errors[field] = compareLabels.unknownArea;
      return area;
    };
    const [areaA, areaB] = [find("a"), find("b")];
    let compared = null;
    if (basis && areaA && areaB && period) {
      const { indicators } = await profileIndicators(db, basis, period);
      compared = { a: areaA, b: areaB, rowsA: profileRows(indicators, areaA.position), rowsB: profileRows(indicators, areaB.position) };
    }
    const page = ComparePage({
      ctx: pageContext(request, reply),
      municipality,
      base: workbenchPath(municipality),
      areas: basis?.areas ?? [],
      periods: basis?.periods ?? [],
      chosen,
      errors,
      compared,
    });
    return sendPage(reply, page, Object.keys(errors).length ? 422 : 200);
  });
}
