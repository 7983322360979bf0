/** Helpers for tests of this and other modules: the access module's routes with a working address and the answer per role. */
import type { Database } from "../../db/client.ts";
import { all, bogusToken, loggedIn, type RouteCases } from "../../platform/route-cases.ts";

/** Every route of access requests and members; ids that do not exist, so no case changes what another reads. */
export async function routeCases(_database: Database): Promise<RouteCases> {
  const bogus = bogusToken("z");
  const bonn = "/kommunen/05314-bonn/mitglieder";
  return {
    "GET /zugang-beantragen": { url: "/zugang-beantragen?kommune=05314", expect: all(200) },
    "POST /zugang-beantragen": { url: "/zugang-beantragen", body: { name: "", role: "staff", email: "x", municipality: "1", note: "" }, expect: all(422) },
    "GET /zugang-beantragen/gesendet": { url: "/zugang-beantragen/gesendet", expect: all(200) },
    "GET /zugang/bestaetigen/:token": { url: `/zugang/bestaetigen/${bogus}`, expect: all(410) },
    "POST /zugang/bestaetigen/:token": { url: `/zugang/bestaetigen/${bogus}`, body: {}, expect: all(410) },
    "GET /admin/zugangsanfragen": { url: "/admin/zugangsanfragen", expect: loggedIn(["admin"], 200) },
    "POST /admin/zugangsanfragen/:id/freigeben": { url: "/admin/zugangsanfragen/999999/freigeben", body: {}, expect: loggedIn(["admin"], 404) },
    "POST /admin/zugangsanfragen/:id/ablehnen": {
      url: "/admin/zugangsanfragen/999999/ablehnen",
      body: { reason: "Kein Jugendamt" },
      expect: loggedIn(["admin"], 404),
    },
    "GET /mitglieder": { url: "/mitglieder", expect: loggedIn(["leader"], 303) },
    "GET /kommunen/:slug/mitglieder": { url: bonn, expect: loggedIn(["admin", "leader"], 200) },
    "POST /kommunen/:slug/mitglieder/einladen": {
      url: `${bonn}/einladen`,
      body: { name: "", email: "", role: "staff" },
      expect: loggedIn(["admin", "leader"], 422),
    },
    "POST /kommunen/:slug/mitglieder/:id/rolle": { url: `${bonn}/999999/rolle`, body: { role: "staff" }, expect: loggedIn(["admin", "leader"], 404) },
    "POST /kommunen/:slug/mitglieder/:id/entfernen": { url: `${bonn}/999999/entfernen`, body: {}, expect: loggedIn(["admin", "leader"], 404) },
  };
}
