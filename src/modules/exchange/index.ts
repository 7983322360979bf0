import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../index.ts";
import { homeRoutes } from "./routes.ts";
import { finderRoutes } from "./finder/routes.ts";
import { reportRoutes } from "./reports/routes.ts";
import { indexAllReports } from "./reports/search.ts";
import { thesaurusRoutes } from "./thesaurus/routes.ts";
import { clusterRoutes } from "./clusters/routes.ts";
import { proposalRoutes } from "./proposals/routes.ts";
import { personaRoutes } from "./personas/routes.ts";

export const exchangeModule: ModuleManifest = {
  name: "exchange",
  indexAll: indexAllReports,
  routes: async (app: FastifyInstance) => {
    await app.register(homeRoutes);
    await app.register(finderRoutes);
    await app.register(reportRoutes);
    await app.register(thesaurusRoutes);
    await app.register(clusterRoutes);
    await app.register(proposalRoutes);
    await app.register(personaRoutes);
  },
};
