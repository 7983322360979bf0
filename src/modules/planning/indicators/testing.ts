/** The indicator catalogue's routes with a working address and the answer per role (for src/permissions.test.ts and src/bad-input.test.ts). */
import { and, eq, isNull } from "drizzle-orm";
import type { Database } from "../../../db/client.ts";
import { bonnMembers, loggedIn, type RouteCases } from "../../../platform/route-cases.ts";
import { planningIndicators } from "../tables.ts";

export async function routeCases(database: Database): Promise<RouteCases> {
  const page = "/kommunen/05314-bonn/planung/indikatoren";
  const [starter] = await database.db
    .select({ id: planningIndicators.id })
    .from(planningIndicators)
    .where(and(eq(planningIndicators.key, "u18"), isNull(planningIndicators.municipalityId)));
  const description = {
    name: "",
    unit: "%",
    polarity: "more",
    definition: "",
    numerator: "",
    denominator: "",
    source: "",
    referenceDate: "",
    period: "Jahr",
    minCases: "3",
  };
  return {
    "GET /kommunen/:slug/planung/indikatoren": { url: page, expect: loggedIn(bonnMembers, 200) },
    "POST /kommunen/:slug/planung/indikatoren": { url: page, body: { ...description, key: "u18" }, expect: loggedIn(bonnMembers, 422) },
    "GET /kommunen/:slug/planung/indikatoren/:id": { url: `${page}/${starter!.id}`, expect: loggedIn(bonnMembers, 200) },
    // The starter catalogue is nobody's to change.
    "POST /kommunen/:slug/planung/indikatoren/:id": { url: `${page}/${starter!.id}`, body: { ...description, name: "Neu" }, expect: loggedIn([], 403) },
  };
}
