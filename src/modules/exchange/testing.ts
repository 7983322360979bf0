/** Sessions the exchange tests use: members of the cohort (Bonn, Leipzig), the admin, and a member of München outside it. */
import assert from "node:assert/strict";
import { addUser } from "../../platform/auth/service.ts";
import type { Role } from "../../platform/auth/roles.ts";
import { findMunicipality } from "../municipalities/index.ts";
import { currentProgram, isCohortMember } from "../program/index.ts";
import type { TestApp } from "../../testing.ts";
import type { Db } from "../../db/client.ts";
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

export { publishReport } from "./reports/commands/publish-report.ts";

/** What the permission test and the exchange benchmarks read and build with. */
export { reportSeeds, type ReportSeed } from "./seed/reports/index.ts";
export { audienceOf, readerAudiences } from "./policies.ts";
export { type Visibility } from "./reference.ts";
export { practiceReportTopics, practiceReports } from "./tables.ts";
export { findForProblem } from "./finder/queries.ts";
export { suggestClusters } from "./clusters/queries.ts";
export { listProposals } from "./proposals/queries.ts";
export { allPersonas } from "./personas/queries.ts";
