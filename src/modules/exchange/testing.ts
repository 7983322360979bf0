/** Sessions the exchange tests use: members of the cohort (Bonn, Leipzig), the admin, and a member of München outside it. */
import assert from "node:assert/strict";
import { addUser } from "../../platform/auth/service.ts";
import type { Role } from "../../platform/auth/roles.ts";
import { findMunicipality } from "../municipalities/index.ts";
import { currentProgram, isCohortMember } from "../program/index.ts";
import { type TestApp } from "../../testing.ts";

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
