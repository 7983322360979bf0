import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../index.ts";
import { eventRoutes } from "./routes/events.ts";
import { teamRoutes } from "./routes/team.ts";

export const programModule: ModuleManifest = {
  name: "program",
  routes: async (app: FastifyInstance) => {
    await app.register(eventRoutes);
    await app.register(teamRoutes);
  },
};
