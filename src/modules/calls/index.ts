import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import * as tables from "./tables.ts";
import { setupRoutes } from "./setup/routes/calls.ts";
import { applyingRoutes } from "./applying/routes/applications.ts";
import { reviewRoutes } from "./reviews/routes/reviews.ts";
import { selectionRoutes } from "./selection/routes/selection.ts";
import { policies as setupPolicies } from "./setup/policies.ts";
import { reviewData, tandemData } from "./privacy.ts";
import { callTasks } from "./tasks.ts";
import { startPanels as applyingPanels } from "./applying/start.ts";
import { seedCallsDemo } from "./seed.ts";

/**
 * Calls for applications: the team looks for the municipalities of the next Fellow cohort (or of
 * another offering), municipalities apply as tandems, reviewers score, and the selection explains itself.
 */
export const callsModule: ModuleManifest = {
  name: "calls",
  routes: async (app: FastifyInstance) => {
    await app.register(setupRoutes);
    await app.register(applyingRoutes);
    await app.register(reviewRoutes);
    await app.register(selectionRoutes);
  },
  navigation: [
    { place: "footer", label: "Ausschreibungen", href: "/ausschreibungen", order: 15 },
    { place: "account", label: "Ausschreibungen", href: "/team/ausschreibungen", order: 25, shownTo: setupPolicies.manageCalls },
  ],
  seeds: { demo: (db) => seedCallsDemo(db) },
  tables,
  policies: { ...setupPolicies },
  personalData: [tandemData, reviewData],
  tasks: callTasks,
  search: [],
  footer: [],
  startPanels: [...applyingPanels],
};
