import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import type { Db } from "../../../db/client.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { findMunicipality } from "../../municipalities/index.ts";
import { currentProgram } from "../../program/index.ts";
import { isOpen, mayTakePart, policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const teamRoles = ["admin", "editor"] as const;
const memberRoles = ["leader", "planningSpecialist", "staff"] as const;

test("only the team decides on proposals", () => {
  for (const role of teamRoles) assert.equal(policies.decide(user(role)), true, role);
  for (const role of memberRoles) assert.equal(policies.decide(user(role, 7)), false, role);
  assert.equal(policies.decide(null), false);
});

test("only open proposals take support, comments and a decision", () => {
  assert.equal(isOpen({ status: "open" }), true);
  for (const status of ["accepted", "declined", "merged"]) assert.equal(isOpen({ status }), false, status);
});

let site: TestApp;
let db: Db;
let programId: number;
let bonn: number;
let leipzig: number;
let munich: number;

before(async () => {
  site = await startTestApp();
  db = site.database.db;
  programId = (await currentProgram(db))!.id;
  [bonn, leipzig, munich] = await Promise.all(["05314", "14713", "09162"].map(async (ags) => (await findMunicipality(db, ags))!.id));
});
after(() => site.close());

test("the team takes part in designing the program, with or without a municipality", async () => {
  for (const role of teamRoles) {
    assert.equal(await mayTakePart(db, user(role), programId), true, role);
    assert.equal(await mayTakePart(db, user(role, munich), programId), true, `${role} naming a municipality outside the cohort`);
  }
});

test("members of cohort municipalities take part, members elsewhere or without a municipality do not", async () => {
  for (const role of memberRoles) {
    assert.equal(await mayTakePart(db, user(role, bonn), programId), true, `${role} of Bonn`);
    assert.equal(await mayTakePart(db, user(role, leipzig), programId), true, `${role} of Leipzig`);
    assert.equal(await mayTakePart(db, user(role, munich), programId), false, `${role} of München`);
    assert.equal(await mayTakePart(db, user(role), programId), false, `${role} without a municipality`);
  }
});

test("cohort membership counts for its own program only", async () => {
  const otherProgram = programId + 1000;
  assert.equal(await mayTakePart(db, user("leader", bonn), otherProgram), false);
  assert.equal(await mayTakePart(db, user("admin"), otherProgram), true, "the team needs no cohort");
});
