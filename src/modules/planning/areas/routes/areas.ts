import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import { areasOf, currentCut, cutsOf, findCut } from "../../queries.ts";
import { planningAccess } from "../../routes/access.ts";
import { slugParams } from "../../schemas.ts";
import { areaCounts } from "../queries.ts";
import { areasQuery, cutParams } from "../schemas.ts";
import { notices } from "../texts.ts";
import { AreasPage, type FormState } from "../views/areas-page.tsx";
import { CutPage } from "../views/cut-page.tsx";

const blank: FormState = { values: {}, errors: {} };

/** The areas page, also with a form that came back with its messages (status 422, 413). */
export async function showAreasPage(
  request: FastifyRequest,
  reply: FastifyReply,
  slug: string,
  view: { notice?: string | null; importForm?: FormState; listForm?: FormState },
  status = 200,
) {
  const { municipality, canEdit } = await planningAccess(request, slug, "view");
  const db = request.server.deps.database.db;
  const current = await currentCut(db, municipality.id);
  const cuts = await cutsOf(db, municipality.id);
  const counts = await areaCounts(
    db,
    cuts.map((cut) => cut.id),
  );
  const page = AreasPage({
    ctx: pageContext(request, reply, { forms: canEdit }),
    municipality,
    current,
    areas: current ? await areasOf(db, current.id) : [],
    cuts: cuts.map((cut) => ({ ...cut, areas: counts.get(cut.id) ?? 0 })),
    canEdit,
    notice: view.notice ?? null,
    importForm: view.importForm ?? blank,
    listForm: view.listForm ?? blank,
  });
  return sendPage(reply, page, status);
}

/** The current cut's areas with the history of cuts, and an earlier cut with its areas. Members only. */
export async function areaRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/kommunen/:slug/planung/gebiete", { schema: { params: slugParams, querystring: areasQuery } }, async (request, reply) => {
    const notice = Object.hasOwn(notices, request.query.stand ?? "") ? notices[request.query.stand!] : null;
    return showAreasPage(request, reply, request.params.slug, { notice });
  });

  router.get("/kommunen/:slug/planung/gebiete/stand/:cutId", { schema: { params: cutParams } }, async (request, reply) => {
    const { municipality } = await planningAccess(request, request.params.slug, "view");
    const cut = await findCut(db, municipality.id, request.params.cutId);
    if (!cut) throw notFound();
    return sendPage(reply, CutPage({ ctx: pageContext(request, reply), municipality, cut, areas: await areasOf(db, cut.id) }));
  });
}
