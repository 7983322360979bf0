/** Helpers for tests of this and other modules: a municipality's profile as the page reads it. */
import type { Database } from "../../db/client.ts";
import { loadProfile } from "./queries/profile.ts";
import { all, bonnEditors, loggedIn, type RouteCases } from "../../platform/route-cases.ts";

/** The profile of a municipality by its AGS; fails the test when there is none. */
export async function profileOf(database: Database, ags: string) {
  const profile = await loadProfile(database, ags);
  if (!profile) throw new Error(`Keine Kommune mit AGS ${ags}`);
  return profile;
}

/** For the benchmarks: the peers of a municipality as computed (not kept), and the tables to generate data in. */
export { findPeers } from "./queries/peers.ts";
export * as municipalityTables from "./tables.ts";

/** Every route of the municipalities with a working address and the answer per role. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const project = (await profileOf(database, "05314")).projects[0].id;
  const profile = {
    description: "Text",
    youthOfficeName: "Jugendamt",
    youthOfficeAddress: "",
    youthOfficePhone: "",
    youthOfficeEmail: "",
    youthOfficeWebsite: "",
  };
  return {
    "GET /kommunen": { url: "/kommunen?land=05", expect: all(200) },
    "GET /kommunen/:slug": { url: "/kommunen/05314-bonn", expect: all(200) },
    "GET /api/v1/municipalities": { url: "/api/v1/municipalities", expect: all(200) },
    "GET /api/v1/municipalities/:ags": { url: "/api/v1/municipalities/05314", expect: all(200) },
    "GET /api/v1/municipalities/:ags/change-projects": { url: "/api/v1/municipalities/05314/change-projects", expect: all(200) },
    "GET /api/v1/topics": { url: "/api/v1/topics", expect: all(200) },
    "GET /kommunen/neu": { url: "/kommunen/neu", expect: loggedIn(["admin"], 200) },
    "POST /kommunen/neu": { url: "/kommunen/neu", body: { ags: "x", name: "", population: "", areaKm2: "" }, expect: loggedIn(["admin"], 422) },
    "GET /kommunen/:slug/bearbeiten": { url: "/kommunen/05314-bonn/bearbeiten", expect: loggedIn(bonnEditors, 200) },
    "POST /kommunen/:slug/bearbeiten": { url: "/kommunen/05314-bonn/bearbeiten", body: profile, expect: loggedIn(bonnEditors, 303) },
    "GET /kommunen/:slug/vorhaben/neu": { url: "/kommunen/05314-bonn/vorhaben/neu", expect: loggedIn(bonnEditors, 200) },
    "POST /kommunen/:slug/vorhaben/neu": { url: "/kommunen/05314-bonn/vorhaben/neu", body: { title: "" }, expect: loggedIn(bonnEditors, 422) },
    "GET /kommunen/:slug/vorhaben/:id/bearbeiten": { url: `/kommunen/05314-bonn/vorhaben/${project}/bearbeiten`, expect: loggedIn(bonnEditors, 200) },
    "POST /kommunen/:slug/vorhaben/:id/bearbeiten": {
      url: `/kommunen/05314-bonn/vorhaben/${project}/bearbeiten`,
      body: { title: "" },
      expect: loggedIn(bonnEditors, 422),
    },
    "POST /kommunen/:slug/vorhaben/:id/loeschen": { url: "/kommunen/05314-bonn/vorhaben/999999/loeschen", body: {}, expect: loggedIn(bonnEditors, 404) },
    "GET /kommunen/:slug/personen/neu": { url: "/kommunen/05314-bonn/personen/neu", expect: loggedIn(["admin"], 200) },
    "POST /kommunen/:slug/personen/neu": { url: "/kommunen/05314-bonn/personen/neu", body: { name: "" }, expect: loggedIn(["admin"], 422) },
  };
}

// The cohort and the topics as seeded, for other modules' checks of their demo data.
export { fellows } from "./seed/fellows.ts";
export { topics } from "./seed/topics.ts";
