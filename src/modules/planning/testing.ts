/** Helpers for tests of this and other modules: the planning routes with a working address and the answer per role. */
import type { Database } from "../../db/client.ts";
import type { RouteCases } from "../../platform/route-cases.ts";
import { analysisRouteCases } from "./analysis/testing.ts";

export * from "./analysis/testing.ts";

/** Every route of the planning workbench, joined from its features. */
export async function routeCases(_database: Database): Promise<RouteCases> {
  return { ...analysisRouteCases() };
}
