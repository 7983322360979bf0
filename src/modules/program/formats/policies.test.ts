import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const members = ["leader", "planningSpecialist", "staff"] as const;

test("the team (admin, editor) sets the formats' rules", () => {
  assert.equal(policies.editFormats(user("admin")), true);
  assert.equal(policies.editFormats(user("editor")), true);
});

test("members of a municipality and anonymous visitors do not change the formats' rules", () => {
  for (const role of members) {
    assert.equal(policies.editFormats(user(role, 7)), false, role);
    assert.equal(policies.editFormats(user(role, 8)), false, `${role} of another municipality`);
  }
  assert.equal(policies.editFormats(null), false, "anonymous");
});
