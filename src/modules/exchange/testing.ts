/** Sessions the exchange tests use: members of the cohort (Bonn, Leipzig), the admin, and a member of München outside it. */
import assert from "node:assert/strict";
import { addUser } from "../../platform/auth/service.ts";
import type { Role } from "../../platform/auth/roles.ts";
import { findMunicipality } from "../municipalities/index.ts";
import { currentProgram, isCohortMember } from "../program/index.ts";
import type { TestApp } from "../../testing.ts";
import type { Database, Db } from "../../db/client.ts";
import { memberRoles } from "../../platform/auth/roles.ts";
import { listSynonyms } from "../../platform/search/thesaurus.ts";
import { all, bonnMembers, loggedIn, members, team, type RouteCases } from "../../platform/route-cases.ts";
import { publishReport } from "./reports/commands/publish-report.ts";
import { listProposals } from "./proposals/queries.ts";
import { allPersonas } from "./personas/queries.ts";
import { isVisibility } from "./reference.ts";
import { saveReport as saveReportCommand, type SaveAction } from "./reports/commands/save-report.ts";

export interface ExchangeSessions {
  bonnLeader: string;
  bonnPlanner: string;
  leipzig: string;
  admin: string;
  /** A member of München, which is not in the cohort, with the given role. */
  outsider: string;
}

export async function exchangeSessions(testApp: TestApp, outsider: { email: string; name: string; role: Role }): Promise<ExchangeSessions> {
  const [bonnLeader, bonnPlanner, leipzig, admin] = await Promise.all([
    testApp.sessionFor("leader"),
    testApp.sessionFor("planningSpecialist"),
    testApp.sessionFor("staff"),
    testApp.sessionFor("admin"),
  ]);
  const munichId = (await findMunicipality(testApp.database.db, "09162"))!.id;
  assert.equal(await isCohortMember(testApp.database.db, (await currentProgram(testApp.database.db))!.id, munichId), false, "München is not in the cohort");
  await addUser(testApp.database.db, { ...outsider, municipalityId: munichId });
  return { bonnLeader, bonnPlanner, leipzig, admin, outsider: await testApp.sessionForEmail(outsider.email) };
}

/** A report as a test writes it: the form's fields, a single topic as a plain value. */
export interface ReportDraft {
  title: string;
  problem?: string;
  approach?: string;
  visibility: string;
  topics: string | string[];
}

/** Saves a report for a municipality as its form would (for tests); a report the command refuses fails the test. */
export async function saveReport(db: Db, municipalityId: number, authorId: number, id: number | null, draft: ReportDraft, action: SaveAction) {
  const visibility = draft.visibility;
  assert.ok(isVisibility(visibility), visibility);
  const input = { ...draft, visibility, topics: typeof draft.topics === "string" ? [draft.topics] : draft.topics };
  const result = await saveReportCommand(db, { municipalityId, authorId }, id, input, action);
  assert.ok(result.ok, JSON.stringify(result));
  return { ok: true, id: result.value };
}

export { publishReport };

/** What the permission test and the exchange benchmarks read and build with. */
export { reportSeeds, type ReportSeed } from "./seed/reports/index.ts";
export { audienceOf, readerAudiences } from "./policies.ts";
export { type Visibility } from "./reference.ts";
export { practiceReportTopics, practiceReports } from "./tables.ts";
export { findForProblem } from "./finder/queries.ts";
export { suggestClusters } from "./clusters/queries.ts";
export { listProposals, allPersonas };

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
    "GET /austausch/themenvorschlaege/:id/termin": { url: `/austausch/themenvorschlaege/${acceptedProposal}/termin`, expect: loggedIn(team, 200) },
    "POST /austausch/themenvorschlaege/:id/termin": {
      url: `/austausch/themenvorschlaege/${acceptedProposal}/termin`,
      body: { title: "" },
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
