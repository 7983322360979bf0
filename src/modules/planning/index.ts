import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import { policies } from "./policies.ts";
import { planningCli } from "./cli.ts";
import { seedPlanningDemo, seedPlanningReference } from "./seed.ts";
import * as tables from "./tables.ts";
import { valuesRoutes } from "./values/routes/values.ts";

/**
 * The planning workbench: planning areas, the indicator catalogue and the import of values, the
 * social-space analysis with its receipts, maps and area profiles, and what a municipality publishes.
 */
export const planningModule: ModuleManifest = {
  name: "planning",
  routes: async (app: FastifyInstance) => {
    await valuesRoutes(app);
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
