import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import { policies } from "./policies.ts";
import { planningCli } from "./cli.ts";
import { seedPlanningDemo, seedPlanningReference } from "./seed.ts";
import * as tables from "./tables.ts";
import { analysisRoutes } from "./analysis/routes/analysis.ts";
import { analysisExportRoutes } from "./analysis/routes/exports.ts";

/**
 * The planning workbench: planning areas, the indicator catalogue and the import of values, the
 * social-space analysis with its receipts, maps and area profiles, and what a municipality publishes.
 */
export const planningModule: ModuleManifest = {
  name: "planning",
  routes: async (app: FastifyInstance) => {
    await app.register(analysisRoutes);
    await app.register(analysisExportRoutes);
  },
  navigation: [],
  seeds: { reference: seedPlanningReference, demo: seedPlanningDemo },
  tables,
  policies,
  personalData: [],
  tasks: [],
  search: [],
  footer: [],
  cli: [planningCli],
};
