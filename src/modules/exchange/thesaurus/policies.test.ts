import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });

test("only the initiative's team keeps the problem finder's thesaurus", () => {
  for (const role of ["admin", "editor"] as const) {
    assert.equal(policies.editThesaurus(user(role)), true, role);
    assert.equal(policies.editThesaurus(user(role, 7)), true, `${role} with a municipality`);
  }
  for (const role of ["leader", "planningSpecialist", "staff"] as const) {
    assert.equal(policies.editThesaurus(user(role, 7)), false, role);
    assert.equal(policies.editThesaurus(user(role)), false, `${role} without a municipality`);
  }
  assert.equal(policies.editThesaurus(null), false);
});
