import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const members = ["leader", "planningSpecialist", "staff"] as const;

test("the team (admin, editor) edits the guide", () => {
  assert.equal(policies.editGuide(user("admin")), true);
  assert.equal(policies.editGuide(user("editor")), true);
});

test("members of any municipality and anonymous visitors only read the guide", () => {
  for (const role of members) {
    assert.equal(policies.editGuide(user(role, 7)), false, role);
    assert.equal(policies.editGuide(user(role, 8)), false, `${role} of another municipality`);
  }
  assert.equal(policies.editGuide(null), false);
});
