import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const members = ["leader", "planningSpecialist", "staff"] as const;

test("the team (admin, editor) writes articles and previews unpublished ones", () => {
  for (const role of ["admin", "editor"] as const) {
    assert.equal(policies.editMagazine(user(role)), true, role);
    assert.equal(policies.previewArticle(user(role)), true, role);
  }
});

test("members of any municipality and anonymous readers neither edit nor preview", () => {
  for (const role of members) {
    for (const municipalityId of [7, 8]) {
      assert.equal(policies.editMagazine(user(role, municipalityId)), false, `${role} of ${municipalityId}`);
      assert.equal(policies.previewArticle(user(role, municipalityId)), false, `${role} of ${municipalityId}`);
    }
  }
  assert.equal(policies.editMagazine(null), false);
  assert.equal(policies.previewArticle(null), false);
});
