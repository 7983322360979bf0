import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import type { Db } from "../../../db/client.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { findMunicipality } from "../../municipalities/index.ts";
import { currentProgram } from "../../program/index.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });

let site: TestApp;
let db: Db;
let programId: number;
let leipzig: number;
let munich: number;

before(async () => {
  site = await startTestApp();
  db = site.database.db;
  programId = (await currentProgram(db))!.id;
  [leipzig, munich] = await Promise.all(["14713", "09162"].map(async (ags) => (await findMunicipality(db, ags))!.id));
});
after(() => site.close());

test("anonymous visitors may use the finder, and it finds public reports only", async () => {
  assert.deepEqual(await policies.audiencesOf(db, null), ["public"]);
});

test("for the team the finder finds everything, drafts of every municipality included", async () => {
  for (const role of ["admin", "editor"] as const) assert.equal(await policies.audiencesOf(db, user(role)), null, role);
});

test("for a member it finds public, network and own reports, and the cohort's only inside the cohort", async () => {
  for (const role of ["leader", "planningSpecialist", "staff"] as const) {
    const inCohort = await policies.audiencesOf(db, user(role, leipzig));
    assert.deepEqual(inCohort, ["public", "network", `municipality:${leipzig}`, `cohort:${programId}`], role);
    const outside = await policies.audiencesOf(db, user(role, munich));
    assert.deepEqual(outside, ["public", "network", `municipality:${munich}`], `${role} of München`);
  }
  assert.deepEqual(await policies.audiencesOf(db, user("staff")), ["public", "network"], "a member without a municipality");
});
