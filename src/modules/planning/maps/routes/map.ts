import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { planningAccess, workbenchPath } from "../../routes/access.ts";
import { slugParams } from "../../schemas.ts";
import { seriesKey } from "../../queries.ts";
import { planningBasis, protectedCells, type PlanningBasis } from "../queries.ts";
import { mapChoice, mapQuery } from "../schemas.ts";
import { MapPage } from "../views/map-page.tsx";
import { mapChoiceErrors } from "../texts.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";

/** The indicator and period the address asks for, or the first indicator and the latest period. */
export function selectedMap(basis: PlanningBasis, query: { indikator?: string; zeitraum?: string }) {
  const indicator = basis.indicators.find((i) => i.key === query.indikator) ?? basis.indicators[0];
  const period = basis.periods.includes(query.zeitraum ?? "") ? query.zeitraum! : basis.periods[basis.periods.length - 1];
  return indicator && period ? { indicator, period } : null;
}

/** Messages for an indicator or period the address names but the municipality does not have (the map shows the defaults). */
function unknownChoices(basis: PlanningBasis, query: { indikator?: string; zeitraum?: string }): FieldErrors {
  const errors: FieldErrors = {};
  if (query.indikator && !basis.indicators.some((i) => i.key === query.indikator)) errors.indikator = mapChoiceErrors.indikator;
  if (query.zeitraum && !basis.periods.includes(query.zeitraum)) errors.zeitraum = mapChoiceErrors.zeitraum;
  return errors;
}

/** The workbench map: one indicator, one period, classes as chosen, always with its data table. */
export async function mapRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/kommunen/:slug/planung/karte", { schema: { params: slugParams, querystring: mapQuery } }, async (request, reply) => {
    const { municipality, canEdit } = await planningAccess(request, request.params.slug, "view");
    const basis = await planningBasis(db, municipality.id);
    const choice = mapChoice(request.query);
    const selected = basis && selectedMap(basis, request.query);
    let map = null;
    if (basis && selected) {
      const cells = await protectedCells(db, basis, [selected.indicator], [selected.period]);
      map = { areas: basis.areas, cells: cells.get(seriesKey(selected.indicator.id, selected.period))!, ...selected };
    }
    const errors = basis ? unknownChoices(basis, request.query) : {};
    const page = MapPage({
      ctx: pageContext(request, reply),
      municipality,
      base: workbenchPath(municipality),
      canEdit,
      indicators: basis?.indicators ?? [],
      periods: basis?.periods ?? [],
      map,
      errors,
      ...choice,
    });
    return sendPage(reply, page, Object.keys(errors).length ? 422 : 200);
  });
}
