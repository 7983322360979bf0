import type { FastifyInstance } from "fastify";
import type { ModuleManifest } from "../manifest.ts";
import { policies } from "./policies.ts";
import { planningCli } from "./cli.ts";
import { seedPlanningDemo, seedPlanningReference } from "./seed.ts";
import * as tables from "./tables.ts";
import type { ProfilePart } from "../../platform/views/page-context.ts";
import { findMunicipalityById } from "../municipalities/index.ts";
import { mapRoutes } from "./maps/routes/map.ts";
import { areaRoutes as areaPageRoutes } from "./maps/routes/areas.ts";
import { publicationRoutes } from "./maps/routes/publications.ts";
import { publicMapRoutes } from "./maps/routes/public.ts";
import { publicationsOf } from "./maps/queries.ts";
import { ProfileMaps } from "./maps/views/profile-maps.tsx";

/** The maps a municipality published, on its profile (for everyone: published maps are public). */
const mapsOnProfile: ProfilePart = {
  order: 30,
  async render(db, municipality) {
    const [publications, found] = await Promise.all([publicationsOf(db, municipality.id), findMunicipalityById(db, municipality.id)]);
    return publications.length && found ? ProfileMaps({ slug: found.slug, municipalityName: municipality.name, publications }) : null;
  },
};
import { indicatorRoutes } from "./indicators/routes/indicators.ts";
import { editorRoutes } from "./editors/routes/editors.ts";
import { overviewRoutes } from "./routes/overview.ts";
import { isMemberRole } from "../../platform/auth/roles.ts";
import { areaRoutes } from "./areas/routes/areas.ts";
import { areaImportRoutes } from "./areas/routes/import.ts";
import { singleAreaRoutes } from "./areas/routes/area.ts";
import { valuesRoutes } from "./values/routes/values.ts";
import { analysisRoutes } from "./analysis/routes/analysis.ts";
import { analysisExportRoutes } from "./analysis/routes/exports.ts";

/**
 * The planning workbench: planning areas, the indicator catalogue and the import of values, the
 * social-space analysis with its receipts, maps and area profiles, and what a municipality publishes.
 */
export const planningModule: ModuleManifest = {
  name: "planning",
  routes: async (app: FastifyInstance) => {
    await app.register(mapRoutes);
    await app.register(areaPageRoutes);
    await app.register(publicationRoutes);
    await app.register(publicMapRoutes);
    await app.register(overviewRoutes);
    await app.register(indicatorRoutes);
    await app.register(editorRoutes);
    await app.register(areaRoutes);
    await app.register(areaImportRoutes);
    await app.register(singleAreaRoutes);
    await valuesRoutes(app);
    await app.register(analysisRoutes);
    await app.register(analysisExportRoutes);
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
  profileParts: [mapsOnProfile],
};

/** The starter catalogue and Schlotterbrück's generator, for scripts/planning-examples.ts (the sample files fit the demo). */
export { starterCatalogue } from "./seed/catalogue.ts";
export { exampleTown, exampleValues, sampleYear } from "./seed/example-town.ts";
