import type { FastifyInstance } from "fastify";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { cohortMunicipalityIds, currentProgram } from "../../program/index.ts";
import { policies } from "../policies.ts";
import { suggestClusters } from "./suggest.ts";
import { ClustersPage } from "./views.tsx";

export async function clusterRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;
  app.get("/austausch/ag-themen", async (request, reply) => {
    if (!policies.isTeam(requireUser(request))) throw forbidden();
    const program = await currentProgram(db);
    if (!program) throw notFound("Das Programm");
    const clusters = await suggestClusters(db, await cohortMunicipalityIds(db, program.id));
    return sendPage(reply, ClustersPage({ ctx: pageContext(request, reply), clusters }));
  });
}
