/** The feature's routes with a working address and the answer per role: the team gets 404 for a call that does not exist. */
import type { Database } from "../../../db/client.ts";
import { loggedIn, team, type RouteCases } from "../../../platform/route-cases.ts";

export async function routeCases(_database: Database): Promise<RouteCases> {
  const application = "/team/ausschreibungen/999999/bewerbungen/999999";
  return {
    "GET /team/ausschreibungen/:id/bewerbungen": { url: "/team/ausschreibungen/999999/bewerbungen", expect: loggedIn(team, 404) },
    "GET /team/ausschreibungen/:id/bewerbungen/:applicationId": { url: application, expect: loggedIn(team, 404) },
    "POST /team/ausschreibungen/:id/bewerbungen/:applicationId/bewertung": {
      url: `${application}/bewertung`,
      body: { "score-vorhaben": "3", comment: "Überzeugendes Vorhaben." },
      expect: loggedIn(team, 404),
    },
    "GET /team/ausschreibungen/:id/bewerbungen/:applicationId/unterstuetzungsschreiben": {
      url: `${application}/unterstuetzungsschreiben`,
      expect: loggedIn(team, 404),
    },
  };
}
