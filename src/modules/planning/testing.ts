/** Helpers for tests of this and other modules: the planning routes with a working address and the answer per role. */
import type { Database } from "../../db/client.ts";
import { mapRouteCases } from "./maps/testing.ts";
import { routeCases as areaRouteCases } from "./areas/testing.ts";
import { routeCases as valueCases } from "./values/testing.ts";
import { analysisRouteCases } from "./analysis/testing.ts";
import { bonnMembers, loggedIn, type RouteCases } from "../../platform/route-cases.ts";
import { routeCases as indicatorCases } from "./indicators/testing.ts";
import { routeCases as editorCases } from "./editors/testing.ts";

/** Every route of the planning workbench, joined from its features. */
export async function routeCases(database: Database): Promise<RouteCases> {
  return {
    "GET /planung": { url: "/planung", expect: loggedIn(["leader", "planningSpecialist", "staff"], 303) },
    "GET /kommunen/:slug/planung": { url: "/kommunen/05314-bonn/planung", expect: loggedIn(bonnMembers, 200) },
    ...(await indicatorCases(database)),
    ...editorCases(),
    ...mapRouteCases(),
    ...(await areaRouteCases(database)),
    ...valueCases(),
    ...analysisRouteCases(),
  };
}

/** For the import benchmark (bench/planning-import.ts) and tests: a cut with areas and indicators, and one import. */
export { importValueFile, planningFixture } from "./values/testing.ts";

/** For the map benchmark (bench/planning-map.ts): synthetic areas and the renderer it measures. */
export { voronoiAreas } from "./maps/testing.ts";
export { renderChoropleth } from "./maps/rules/choropleth.ts";

/** The analysis feature's builders, for the analysis benchmark and tests. */
export * from "./analysis/testing.ts";
