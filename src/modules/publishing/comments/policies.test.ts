import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const members = ["leader", "planningSpecialist", "staff"] as const;
const open = { commentsOpen: true };
const closed = { commentsOpen: false };

test("the team (admin, editor) moderates comments", () => {
  assert.equal(policies.moderateComments(user("admin")), true);
  assert.equal(policies.moderateComments(user("editor")), true);
});

test("members of any municipality and anonymous commenters do not moderate", () => {
  for (const role of members) {
    assert.equal(policies.moderateComments(user(role, 7)), false, role);
    assert.equal(policies.moderateComments(user(role, 8)), false, `${role} of another municipality`);
  }
  assert.equal(policies.moderateComments(null), false);
});

test("anyone, with or without an account, comments where the article's comments are open", () => {
  assert.equal(policies.writeComment(null, open), true, "anonymous");
  for (const role of ["admin", "editor", ...members] as const) {
    assert.equal(policies.writeComment(user(role, 7), open), true, role);
    assert.equal(policies.writeComment(user(role, 8), open), true, `${role} of another municipality`);
  }
});

test("nobody comments where the article's comments are closed, not even the team", () => {
  assert.equal(policies.writeComment(null, closed), false, "anonymous");
  for (const role of ["admin", "editor", ...members] as const) {
    assert.equal(policies.writeComment(user(role, 7), closed), false, role);
  }
});
