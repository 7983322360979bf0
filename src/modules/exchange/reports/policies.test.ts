import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import type { Db } from "../../../db/client.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { findMunicipality } from "../../municipalities/index.ts";
import { readerAudiences } from "../policies.ts";
import type { ReportStatus, Visibility } from "../reference.ts";
import { mayRead, policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const teamRoles = ["admin", "editor"] as const;
const memberRoles = ["leader", "planningSpecialist", "staff"] as const;

test("members write reports for their municipality; the team, members without a municipality and visitors do not", () => {
  for (const role of memberRoles) {
    assert.equal(policies.writeReport(user(role, 7)), true, role);
    assert.equal(policies.writeReport(user(role)), false, `${role} without a municipality`);
  }
  for (const role of teamRoles) {
    assert.equal(policies.writeReport(user(role)), false, role);
    assert.equal(policies.writeReport(user(role, 7)), false, `${role} naming a municipality`);
  }
  assert.equal(policies.writeReport(null), false);
});

test("a report is changed by its municipality's members and the team, not by other municipalities or visitors", () => {
  for (const role of memberRoles) {
    assert.equal(policies.editReport(user(role, 7), 7), true, role);
    assert.equal(policies.editReport(user(role, 8), 7), false, `${role} of another municipality`);
    assert.equal(policies.editReport(user(role), 7), false, `${role} without a municipality`);
  }
  for (const role of teamRoles) assert.equal(policies.editReport(user(role), 7), true, role);
  assert.equal(policies.editReport(null, 7), false);
});

test("only the team reviews reports", () => {
  for (const role of teamRoles) assert.equal(policies.reviewReports(user(role)), true, role);
  for (const role of memberRoles) assert.equal(policies.reviewReports(user(role, 7)), false, role);
  assert.equal(policies.reviewReports(null), false);
});

let site: TestApp;
let db: Db;
let bonn: number;
let leipzig: number;
let munich: number;

before(async () => {
  site = await startTestApp();
  db = site.database.db;
  [bonn, leipzig, munich] = await Promise.all(["05314", "14713", "09162"].map(async (ags) => (await findMunicipality(db, ags))!.id));
});
after(() => site.close());

/** Whether a reader may read a report, with the reader's audiences worked out as the report page does. */
const reads = async (reader: CurrentUser | null, municipalityId: number, visibility: Visibility, status: ReportStatus = "published") =>
  mayRead(db, reader, await readerAudiences(db, reader), { municipalityId, visibility, status });

test("the team reads every report, drafts and reports under review of every municipality included", async () => {
  for (const role of teamRoles)
    for (const status of ["draft", "review", "published"] as const)
      assert.equal(await reads(user(role), munich, "municipality", status), true, `${role}, ${status}`);
});

test("a municipality's members read its reports in every state and visibility", async () => {
  for (const role of memberRoles)
    for (const status of ["draft", "review", "published"] as const)
      for (const visibility of ["municipality", "cohort", "public"] as const)
        assert.equal(await reads(user(role, munich), munich, visibility, status), true, `${role}, ${status}, ${visibility}`);
});

test("nobody outside the municipality reads a draft or a report under review, however public it will be", async () => {
  for (const status of ["draft", "review"] as const) {
    assert.equal(await reads(null, bonn, "public", status), false, `anonymous, ${status}`);
    assert.equal(await reads(user("staff", leipzig), bonn, "public", status), false, `Leipzig, ${status}`);
    assert.equal(await reads(user("leader", bonn), leipzig, "network", status), false, `Bonn reading Leipzig, ${status}`);
  }
});

test("a published public report is for everyone, a network report for every signed-in member", async () => {
  assert.equal(await reads(null, bonn, "public"), true);
  assert.equal(await reads(user("leader", munich), bonn, "public"), true);
  assert.equal(await reads(null, bonn, "network"), false, "the network needs a login");
  assert.equal(await reads(user("leader", munich), bonn, "network"), true);
  assert.equal(await reads(user("staff"), bonn, "network"), true, "a member without a municipality");
});

test("a published cohort report reaches the other cohort municipalities, not those outside nor visitors", async () => {
  assert.equal(await reads(user("staff", leipzig), bonn, "cohort"), true);
  assert.equal(await reads(user("planningSpecialist", munich), bonn, "cohort"), false);
  assert.equal(await reads(user("staff"), bonn, "cohort"), false, "a member without a municipality");
  assert.equal(await reads(null, bonn, "cohort"), false);
});

test("a cohort report of a municipality outside the cohort stays with that municipality", async () => {
  assert.equal(await reads(user("staff", leipzig), munich, "cohort"), false);
  assert.equal(await reads(user("leader", munich), munich, "cohort"), true);
});

test("a published municipality-only report stays with its municipality and the team", async () => {
  assert.equal(await reads(user("staff", leipzig), bonn, "municipality"), false);
  assert.equal(await reads(user("leader", munich), bonn, "municipality"), false);
  assert.equal(await reads(null, bonn, "municipality"), false);
  assert.equal(await reads(user("planningSpecialist", bonn), bonn, "municipality"), true);
  assert.equal(await reads(user("editor"), bonn, "municipality"), true);
});
