import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../index.ts";
import { homeRoutes } from "./routes.ts";
import { finderRoutes } from "./finder/routes.ts";
import { reportRoutes } from "./reports/routes.ts";
import { thesaurusRoutes } from "./thesaurus/routes.ts";
import { clusterRoutes } from "./clusters/routes.ts";

export const exchangeModule: ModuleManifest = {
  name: "exchange",
  routes: async (app: FastifyInstance) => {
    await app.register(homeRoutes);
    await app.register(finderRoutes);
    await app.register(reportRoutes);
    await app.register(thesaurusRoutes);
    await app.register(clusterRoutes);
  },
};
