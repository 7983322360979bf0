import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import { policies } from "./policies.ts";
import { planningCli } from "./cli.ts";
import { seedPlanningDemo, seedPlanningReference } from "./seed.ts";
import * as tables from "./tables.ts";
import { indicatorRoutes } from "./indicators/routes/indicators.ts";
import { editorRoutes } from "./editors/routes/editors.ts";
import { overviewRoutes } from "./routes/overview.ts";
import { isMemberRole } from "../../platform/auth/roles.ts";

/**
 * The planning workbench: planning areas, the indicator catalogue and the import of values, the
 * social-space analysis with its receipts, maps and area profiles, and what a municipality publishes.
 */
export const planningModule: ModuleManifest = {
  name: "planning",
  routes: async (app: FastifyInstance) => {
    await app.register(overviewRoutes);
    await app.register(indicatorRoutes);
    await app.register(editorRoutes);
  },
  navigation: [{ place: "account", label: "Planung", href: "/planung", order: 20, shownTo: (user) => isMemberRole(user.role) && user.municipalityId !== null }],
  seeds: { reference: seedPlanningReference, demo: seedPlanningDemo },
  tables,
  policies,
  personalData: [],
  tasks: [],
  search: [],
  footer: [],
  cli: [planningCli],
};

/** The starter catalogue and Schlotterbrück's generator, for scripts/planning-examples.ts (the sample files fit the demo). */
export { starterCatalogue } from "./seed/catalogue.ts";
export { exampleTown, exampleValues, sampleYear } from "./seed/example-town.ts";
