import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../platform/auth/current-user.ts";
import type { Role } from "../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const bonn = { id: 7 };

test("only the admin creates municipalities, manages people and records official mail domains", () => {
  assert.equal(policies.createMunicipality(user("admin")), true);
  assert.equal(policies.managePeople(user("admin")), true);
  assert.equal(policies.editOfficialDomains(user("admin")), true);
  for (const role of ["editor", "leader", "planningSpecialist", "staff"] as const) {
    assert.equal(policies.createMunicipality(user(role, 7)), false, role);
    assert.equal(policies.managePeople(user(role, 7)), false, role);
    assert.equal(policies.editOfficialDomains(user(role, 7)), false, role);
  }
  assert.equal(policies.createMunicipality(null), false);
  assert.equal(policies.editOfficialDomains(null), false);
});

test("members edit their own municipality, the admin every one, nobody else any", () => {
  assert.equal(policies.editMunicipality(user("admin"), bonn), true);
  for (const role of ["leader", "planningSpecialist", "staff"] as const) {
    assert.equal(policies.editMunicipality(user(role, 7), bonn), true, role);
    assert.equal(policies.editMunicipality(user(role, 8), bonn), false, role);
  }
  assert.equal(policies.editMunicipality(user("editor", 7), bonn), false, "the editorial team does not edit profiles");
  assert.equal(policies.editMunicipality(null, bonn), false);
});
