import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null, id = 1): CurrentUser => ({ id, email: "x@example.org", name: "X", role, municipalityId });
const bonn = { id: 7 };

test("a municipality's leader and the admin manage its members; nobody else", () => {
  assert.equal(policies.manageMembers(user("leader", 7), bonn), true);
  assert.equal(policies.manageMembers(user("admin", null), bonn), true);
  assert.equal(policies.manageMembers(user("leader", 8), bonn), false, "the leader of another municipality");
  for (const role of ["planningSpecialist", "staff"] as const) assert.equal(policies.manageMembers(user(role, 7), bonn), false, role);
  assert.equal(policies.manageMembers(user("editor", null), bonn), false);
  assert.equal(policies.manageMembers(null, bonn), false);
});

test("a leader changes and removes other members, never themselves", () => {
  assert.equal(policies.changeMember(user("leader", 7, 1), bonn, { id: 2 }), true);
  assert.equal(policies.changeMember(user("leader", 7, 1), bonn, { id: 1 }), false);
  assert.equal(policies.changeMember(user("leader", 8, 1), bonn, { id: 2 }), false);
  assert.equal(policies.changeMember(user("admin", null, 3), bonn, { id: 2 }), true);
  assert.equal(policies.changeMember(null, bonn, { id: 2 }), false);
});
