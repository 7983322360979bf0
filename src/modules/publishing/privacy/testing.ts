import type { Database } from "../../../db/client.ts";
import { loggedIn, type RouteCases } from "../../../platform/route-cases.ts";

/** Every route of the privacy requests with a working address and the answer per role. */
export async function routeCases(_database: Database): Promise<RouteCases> {
  return {
    "GET /datenschutz/auskunft": { url: "/datenschutz/auskunft?email=admin%40k360.example", expect: loggedIn(["admin"], 200) },
    "GET /datenschutz/auskunft/export": { url: "/datenschutz/auskunft/export?email=admin%40k360.example", expect: loggedIn(["admin"], 200) },
    // Without the confirmation nothing is erased.
    "POST /datenschutz/auskunft/loeschen": { url: "/datenschutz/auskunft/loeschen", body: { email: "admin@k360.example" }, expect: loggedIn(["admin"], 422) },
  };
}
