import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const members = ["leader", "planningSpecialist", "staff"] as const;

test("the team (admin, editor) records check-ins and their confidential notes", () => {
  assert.equal(policies.recordCheckIns(user("admin")), true);
  assert.equal(policies.recordCheckIns(user("editor")), true);
});

test("members of a municipality, even of the checked-in tandem's, and anonymous visitors record no check-ins", () => {
  for (const role of members) {
    assert.equal(policies.recordCheckIns(user(role, 7)), false, role);
    assert.equal(policies.recordCheckIns(user(role, 8)), false, `${role} of another municipality`);
  }
  assert.equal(policies.recordCheckIns(null), false, "anonymous");
});

test("only the team reads its own notes and agrees next steps; the tandem's own members do not", () => {
  for (const check of [policies.readTeamNotes, policies.agreeNextSteps]) {
    assert.equal(check(user("admin")), true);
    assert.equal(check(user("editor")), true);
    for (const role of members) assert.equal(check(user(role, 7)), false, role);
    assert.equal(check(null), false, "anonymous");
  }
});
