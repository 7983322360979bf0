import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { applicationsForReviewer, countDrafts } from "../queries.ts";
import { arrange, known, listFilters, listOrders } from "../rules/listing.ts";
import { callParams, listQuery } from "../schemas.ts";
import { ApplicationListPage } from "../views/application-list.tsx";
import { requireCall, requireReviewer } from "./guards.ts";

/** The submitted applications of a call, each with how far its reviews have come. */
export async function listRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/team/ausschreibungen/:id/bewerbungen", { schema: { params: callParams, querystring: listQuery } }, async (request, reply) => {
    const user = requireReviewer(request);
    const call = await requireCall(db, request.params.id);
    const [all, drafts] = await Promise.all([applicationsForReviewer(db, call, user.id), countDrafts(db, call.id)]);
    const choice = { filter: known(listFilters, request.query.zeige), order: known(listOrders, request.query.sortierung) };
    const applications = arrange(all, choice.filter, choice.order);
    return sendPage(reply, ApplicationListPage({ ctx: pageContext(request, reply), call, applications, total: all.length, choice, drafts }));
  });
}
