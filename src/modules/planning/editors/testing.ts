/** The page where the leader allows members to edit, with a working address and the answer per role. */
import { loggedIn, type RouteCases } from "../../../platform/route-cases.ts";

export function routeCases(): RouteCases {
  const page = "/kommunen/05314-bonn/planung/berechtigungen";
  return {
    "GET /kommunen/:slug/planung/berechtigungen": { url: page, expect: loggedIn(["leader"], 200) },
    // An account that is not Bonn's staff: refused, nothing stored.
    "POST /kommunen/:slug/planung/berechtigungen": { url: page, body: { editor: "999999" }, expect: loggedIn(["leader"], 422) },
  };
}
