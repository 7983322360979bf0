import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const everyRole = ["admin", "editor", "leader", "planningSpecialist", "staff"] as const;
/** A training path the person attended completely, as `completedPaths` finds it. */
const completedPath = { formatId: 3 };

test("a logged-in person of any role receives the certificate of a training path they completed", () => {
  for (const role of everyRole) {
    assert.equal(policies.receiveCertificate(user(role, 7), completedPath), true, role);
    assert.equal(policies.receiveCertificate(user(role, 8), completedPath), true, `${role} of another municipality`);
  }
});

test("without a completed training path there is no certificate, not even for the team", () => {
  for (const role of everyRole) {
    assert.equal(policies.receiveCertificate(user(role, 7), undefined), false, role);
  }
});

test("an anonymous visitor receives no certificate", () => {
  assert.equal(policies.receiveCertificate(null, completedPath), false);
  assert.equal(policies.receiveCertificate(null, undefined), false);
});
