/** Helpers for tests of this and other modules: the planning routes with a working address and the answer per role. */
import type { Database } from "../../db/client.ts";
import type { RouteCases } from "../../platform/route-cases.ts";
import { mapRouteCases } from "./maps/testing.ts";

/** Every route of the planning workbench, joined from its features. */
export async function routeCases(_database: Database): Promise<RouteCases> {
  return { ...mapRouteCases() };
}

/** For the map benchmark (bench/planning-map.ts): synthetic areas and the renderer it measures. */
export { voronoiAreas } from "./maps/testing.ts";
export { renderChoropleth } from "./maps/rules/choropleth.ts";
