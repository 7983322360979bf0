/** The feature's routes with a working address and the answer per role. */
import type { Database } from "../../../db/client.ts";
import type { RouteCases } from "../../../platform/route-cases.ts";

export async function routeCases(_database: Database): Promise<RouteCases> {
  return {};
}
