/** The feature's routes with a working address and the answer per role; ids and addresses that do not exist, so no case changes data. */
import type { Database } from "../../../db/client.ts";
import { all, loggedIn, team, type RouteCases } from "../../../platform/route-cases.ts";

export async function routeCases(_database: Database): Promise<RouteCases> {
  const missing = "/team/ausschreibungen/999999";
  const emptyForm = { title: "", kind: "fellow" };
  return {
    "GET /team/ausschreibungen": { url: "/team/ausschreibungen", expect: loggedIn(team, 200) },
    "GET /team/ausschreibungen/neu": { url: "/team/ausschreibungen/neu", expect: loggedIn(team, 200) },
    "POST /team/ausschreibungen/neu": { url: "/team/ausschreibungen/neu", body: emptyForm, expect: loggedIn(team, 422) },
    "GET /team/ausschreibungen/:id": { url: missing, expect: loggedIn(team, 404) },
    "POST /team/ausschreibungen/:id": { url: missing, body: emptyForm, expect: loggedIn(team, 404) },
    "POST /team/ausschreibungen/:id/veroeffentlichen": { url: `${missing}/veroeffentlichen`, body: {}, expect: loggedIn(team, 404) },
    "POST /team/ausschreibungen/:id/zurueckziehen": { url: `${missing}/zurueckziehen`, body: {}, expect: loggedIn(team, 404) },
    "GET /ausschreibungen": { url: "/ausschreibungen", expect: all(200) },
    "GET /ausschreibungen/:slug": { url: "/ausschreibungen/gibt-es-nicht", expect: all(404) },
  };
}
