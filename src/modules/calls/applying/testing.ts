/** The feature's routes with a working address and the answer per role. */
import type { Database } from "../../../db/client.ts";
import { bogusToken, loggedIn, type RouteCases } from "../../../platform/route-cases.ts";

/** Members of a municipality reach the call's application pages, the team does not; a call that does not exist answers 404, so no case changes data. */
export async function routeCases(_database: Database): Promise<RouteCases> {
  const page = "/ausschreibungen/keine-ausschreibung/bewerbung";
  const members = loggedIn(["leader", "planningSpecialist", "staff"], 404);
  const link = `${page}/bestaetigen/${bogusToken("c")}`;
  return {
    "GET /ausschreibungen/:slug/bewerbung": { url: page, expect: members },
    "POST /ausschreibungen/:slug/bewerbung": { url: page, body: { role: "leader", partnerName: "", partnerEmail: "" }, expect: members },
    "POST /ausschreibungen/:slug/bewerbung/entwurf": {
      url: `${page}/entwurf`,
      body: { projectTitle: "", situation: "", hoursPerMonth: "", "frage-beteiligte": "" },
      expect: members,
    },
    "POST /ausschreibungen/:slug/bewerbung/vorhaben": { url: `${page}/vorhaben`, body: { changeProjectId: "999999" }, expect: members },
    "POST /ausschreibungen/:slug/bewerbung/einreichen": { url: `${page}/einreichen`, body: {}, expect: members },
    "GET /ausschreibungen/:slug/bewerbung/schreiben": { url: `${page}/schreiben`, expect: members },
    "POST /ausschreibungen/:slug/bewerbung/schreiben": { url: `${page}/schreiben`, body: {}, expect: members },
    "GET /ausschreibungen/:slug/bewerbung/bestaetigen/:token": { url: link, expect: members },
    "POST /ausschreibungen/:slug/bewerbung/bestaetigen/:token": { url: link, body: {}, expect: members },
  };
}
