import type { Database } from "../../../db/client.ts";
import { all, loggedIn, team, type RouteCases } from "../../../platform/route-cases.ts";
import { listBarrierReports } from "./queries.ts";

/** Every route of the pages and barrier reports with a working address and the answer per role. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const doneReport = (await listBarrierReports(database.db)).find((report) => report.status === "done")!.id;
  return {
    "GET /": { url: "/", expect: all(200) },
    "GET /fellow-programm": { url: "/fellow-programm", expect: all(200) },
    "GET /angebote": { url: "/angebote", expect: all(200) },
    "GET /wer-wir-sind": { url: "/wer-wir-sind", expect: all(200) },
    "GET /wer-wir-sind/team": { url: "/wer-wir-sind/team", expect: all(200) },
    "GET /netzwerk": { url: "/netzwerk", expect: all(200) },
    "GET /impressum": { url: "/impressum", expect: all(200) },
    "GET /datenschutz": { url: "/datenschutz", expect: all(200) },
    "GET /barrierefreiheit": { url: "/barrierefreiheit", expect: all(200) },
    "GET /leichte-sprache": { url: "/leichte-sprache", expect: all(200) },
    "GET /barrierefreiheit/barriere-melden": { url: "/barrierefreiheit/barriere-melden?seite=%2Ftermine", expect: all(200) },
    // Without a description: refused, nothing stored or mailed (10 reports per client in 10 minutes).
    "POST /barrierefreiheit/barriere-melden": { url: "/barrierefreiheit/barriere-melden", body: { pageUrl: "/termine", description: "" }, expect: all(422) },
    "GET /barrierefreiheit/barriere-melden/danke": { url: "/barrierefreiheit/barriere-melden/danke", expect: all(200) },
    "GET /barrierefreiheit/meldungen": { url: "/barrierefreiheit/meldungen", expect: loggedIn(team, 200) },
    // Done stays done.
    "POST /barrierefreiheit/meldungen/:id/status": {
      url: `/barrierefreiheit/meldungen/${doneReport}/status`,
      body: { status: "done" },
      expect: loggedIn(team, 303),
    },
  };
}
