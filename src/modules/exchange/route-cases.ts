import type { Database } from "../../db/client.ts";
import { memberRoles } from "../../platform/auth/roles.ts";
import { listSynonyms } from "../../platform/search/thesaurus.ts";
import { all, bonnMembers, loggedIn, members, team, type RouteCases } from "../../platform/route-cases.ts";
import { currentProgram } from "../program/index.ts";
import { findMunicipality } from "../municipalities/index.ts";
import { publishReport, saveReport } from "./reports/commands.ts";
import { listProposals } from "./proposals/queries.ts";
import { allPersonas } from "./personas/queries.ts";

/** Every route of the exchange with a working address and the answer per role; Bonn's published report is made here. */
export async function routeCases(database: Database): Promise<RouteCases> {
  const { db } = database;
  const program = (await currentProgram(db))!;
  const bonn = (await findMunicipality(db, "05314"))!.id;
  const draft = {
    title: "Jugendforum im Rathaus",
    problem: "Junge Menschen kamen nicht vor.",
    approach: "Ein Forum zweimal im Jahr.",
    visibility: "public",
    topics: "beteiligung",
  };
  const saved = await saveReport(db, bonn, 1, null, draft, "submit");
  if (!saved.ok) throw new Error("Der Bericht für die Fälle ließ sich nicht speichern");
  await publishReport(db, saved.id, "2026-11-01");
  const report = `/austausch/berichte/${saved.id}`;
  const synonyms = (await listSynonyms(db))[0].id;
  const proposals = await listProposals(db, program.id);
  const openProposal = proposals.find((proposal) => proposal.status === "open")!.id;
  const acceptedProposal = proposals.find((proposal) => proposal.status === "accepted")!.id;
  const personas = await allPersonas(db);
  const bonnPersona = personas.find((persona) => persona.municipalityId === bonn && persona.shared)!.id;
  const unsharedPersona = personas.find((persona) => !persona.shared)!.id;
  return {
    "GET /austausch": { url: "/austausch", expect: all(200) },
    "GET /austausch/suche": { url: "/austausch/suche?q=Jugendforum", expect: all(200) },
    "GET /austausch/meine-berichte": { url: "/austausch/meine-berichte", expect: loggedIn([...memberRoles], 200) },
    "GET /austausch/berichte/neu": { url: "/austausch/berichte/neu", expect: loggedIn([...memberRoles], 200) },
    "POST /austausch/berichte/neu": { url: "/austausch/berichte/neu", body: { title: "" }, expect: loggedIn([...memberRoles], 422) },
    "GET /austausch/berichte/:id": { url: report, expect: all(200) },
    "GET /austausch/berichte/:id/bearbeiten": { url: `${report}/bearbeiten`, expect: loggedIn([...team, ...bonnMembers], 200) },
    "POST /austausch/berichte/:id/bearbeiten": { url: `${report}/bearbeiten`, body: { title: "" }, expect: loggedIn([...team, ...bonnMembers], 422) },
    "POST /austausch/berichte/:id/loeschen": { url: "/austausch/berichte/999999/loeschen", body: {}, expect: { ...all(404), anonymous: 401 } },
    "GET /austausch/pruefung": { url: "/austausch/pruefung", expect: loggedIn(team, 200) },
    "POST /austausch/berichte/:id/veroeffentlichen": { url: `${report}/veroeffentlichen`, body: {}, expect: loggedIn(team, 409) },
    "POST /austausch/berichte/:id/zurueckgeben": { url: `${report}/zurueckgeben`, body: { reviewNote: "" }, expect: loggedIn(team, 422) },
    "POST /austausch/berichte/:id/anhaenge": { url: `${report}/anhaenge`, body: {}, expect: loggedIn([...team, ...bonnMembers], 422) },
    "GET /austausch/berichte/:id/anhaenge/:fileId": { url: `${report}/anhaenge/999999`, expect: all(404) },
    "POST /austausch/berichte/:id/anhaenge/:fileId/loeschen": {
      url: `${report}/anhaenge/999999/loeschen`,
      body: {},
      expect: loggedIn([...team, ...bonnMembers], 404),
    },
    "GET /austausch/thesaurus": { url: "/austausch/thesaurus", expect: loggedIn(team, 200) },
    "POST /austausch/thesaurus": { url: "/austausch/thesaurus", body: { expressions: "nur eins" }, expect: loggedIn(team, 422) },
    "POST /austausch/thesaurus/:id": { url: `/austausch/thesaurus/${synonyms}`, body: { expressions: "nur eins" }, expect: loggedIn(team, 422) },
    "POST /austausch/thesaurus/:id/loeschen": { url: "/austausch/thesaurus/999999/loeschen", body: {}, expect: loggedIn(team, 404) },
    "GET /austausch/ag-themen": { url: "/austausch/ag-themen", expect: loggedIn(team, 200) },
    // The address the AG topics had until December 2026.
    "GET /programm/ag-themen": { url: "/programm/ag-themen", expect: all(301) },
    "GET /austausch/themenvorschlaege": { url: "/austausch/themenvorschlaege", expect: members },
    "GET /austausch/themenvorschlaege/neu": { url: "/austausch/themenvorschlaege/neu", expect: members },
    "POST /austausch/themenvorschlaege/neu": { url: "/austausch/themenvorschlaege/neu", body: {}, expect: { ...all(422), anonymous: 401 } },
    "GET /austausch/themenvorschlaege/:id": { url: `/austausch/themenvorschlaege/${openProposal}`, expect: members },
    "POST /austausch/themenvorschlaege/:id/unterstuetzen": {
      url: `/austausch/themenvorschlaege/${acceptedProposal}/unterstuetzen`,
      body: {},
      expect: { ...all(409), anonymous: 401 },
    },
    "POST /austausch/themenvorschlaege/:id/kommentare": {
      url: `/austausch/themenvorschlaege/${openProposal}/kommentare`,
      body: {},
      expect: { ...all(422), anonymous: 401 },
    },
    "POST /austausch/themenvorschlaege/:id/entscheidung": {
      url: `/austausch/themenvorschlaege/${openProposal}/entscheidung`,
      body: {},
      expect: loggedIn(team, 422),
    },
    "GET /austausch/personas": { url: "/austausch/personas", expect: members },
    "GET /austausch/personas/neu": { url: "/austausch/personas/neu", expect: members },
    "POST /austausch/personas/neu": { url: "/austausch/personas/neu", body: {}, expect: { ...all(422), anonymous: 401 } },
    "GET /austausch/personas/nebeneinander": { url: `/austausch/personas/nebeneinander?id=${bonnPersona}&id=${unsharedPersona}`, expect: members },
    "GET /austausch/personas/:id": { url: `/austausch/personas/${unsharedPersona}`, expect: loggedIn(team, 200) },
    "GET /austausch/personas/:id/bearbeiten": { url: `/austausch/personas/${bonnPersona}/bearbeiten`, expect: loggedIn([...team, ...bonnMembers], 200) },
    "POST /austausch/personas/:id/bearbeiten": {
      url: `/austausch/personas/${bonnPersona}/bearbeiten`,
      body: {},
      expect: loggedIn([...team, ...bonnMembers], 422),
    },
  };
}
