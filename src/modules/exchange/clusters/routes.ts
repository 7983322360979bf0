import type { FastifyInstance } from "fastify";
import { pageContext, sendPage } from "../../../platform/http/pages.ts";
import { requireTeam } from "../../program/routes/guard.ts";
import { cohortMunicipalityIds } from "../../program/queries.ts";
import { suggestClusters } from "./suggest.ts";
import { ClustersPage } from "./views.tsx";

export async function clusterRoutes(app: FastifyInstance) {
  const { db } = app.deps.database;
  app.get("/programm/ag-themen", async (request, reply) => {
    const { program } = await requireTeam(request, db);
    const clusters = await suggestClusters(db, await cohortMunicipalityIds(db, program.id));
    return sendPage(reply, ClustersPage({ ctx: pageContext(request, reply), clusters }));
  });
}
