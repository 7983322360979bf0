import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import { cohortMunicipalityIds, currentProgram } from "../../../program/index.ts";
import { policies } from "../policies.ts";
import { suggestClusters, workingGroupMeetings } from "../queries.ts";
import { coveringMeetings } from "../rules/covered.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { clustersQuery } from "../schemas.ts";
import { clusterTexts } from "../texts.ts";
import { ClustersPage } from "../views/clusters.tsx";

/** The team's suggestion of working-group topics, drawn from what the cohort works on. */
export async function clusterRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  router.get("/austausch/ag-themen", { schema: { querystring: clustersQuery } }, async (request, reply) => {
    if (!policies.suggestTopics(requireUser(request))) throw forbidden();
    const program = await currentProgram(db);
    if (!program) throw notFound(clusterTexts.program);
    const suggested = await suggestClusters(db, await cohortMunicipalityIds(db, program.id));
    const meetings = await workingGroupMeetings(db, program.id, todayInGermany());
    const clusters = suggested.map((cluster) => ({ ...cluster, coveredBy: coveringMeetings(cluster.topics, meetings) }));
    return sendPage(reply, ClustersPage({ ctx: pageContext(request, reply), clusters, meetings }));
  });
}
