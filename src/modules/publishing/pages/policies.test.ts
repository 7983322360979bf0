import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const members = ["leader", "planningSpecialist", "staff"] as const;

test("the team (admin, editor) reads the barrier reports", () => {
  assert.equal(policies.seeBarrierReports(user("admin")), true);
  assert.equal(policies.seeBarrierReports(user("editor")), true);
});

test("members of any municipality and anonymous reporters do not see the reports", () => {
  for (const role of members) {
    assert.equal(policies.seeBarrierReports(user(role, 7)), false, role);
    assert.equal(policies.seeBarrierReports(user(role, 8)), false, `${role} of another municipality`);
  }
  assert.equal(policies.seeBarrierReports(null), false);
});
