import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const members = ["leader", "planningSpecialist", "staff"] as const;

test("only the admin looks up, exports and erases personal data", () => {
  assert.equal(policies.managePersonalData(user("admin")), true);
  assert.equal(policies.managePersonalData(user("editor")), false, "the editorial team is not the admin");
});

test("members of any municipality and anonymous visitors do not manage personal data", () => {
  for (const role of members) {
    assert.equal(policies.managePersonalData(user(role, 7)), false, role);
    assert.equal(policies.managePersonalData(user(role, 8)), false, `${role} of another municipality`);
  }
  assert.equal(policies.managePersonalData(null), false);
});
