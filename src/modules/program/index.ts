import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../index.ts";
import { eventRoutes } from "./routes/events.ts";
import { teamRoutes } from "./routes/team.ts";
import { applicationRoutes } from "./applications/routes.ts";
import { checkInRoutes } from "./checkins/routes.ts";
import { certificateRoutes } from "./certificates/routes.ts";
import { feedRoutes } from "./routes/feed.ts";
import { tandemRoutes } from "./tandems/routes.ts";
import { formatRoutes } from "./formats/routes.ts";
import { documentRoutes } from "./documents/routes.ts";
import { applicationData, registrationData } from "./personal-data.ts";

export const programModule: ModuleManifest = {
  name: "program",
  personalData: [registrationData, applicationData],
  routes: async (app: FastifyInstance) => {
    await app.register(eventRoutes);
    await app.register(teamRoutes);
    await app.register(applicationRoutes);
    await app.register(checkInRoutes);
    await app.register(certificateRoutes);
    await app.register(feedRoutes);
    await app.register(tandemRoutes);
    await app.register(formatRoutes);
    await app.register(documentRoutes);
  },
};
