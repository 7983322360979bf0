import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { roles } from "../../../platform/auth/roles.ts";
import { policies } from "./policies.ts";

const user = (role: CurrentUser["role"]): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId: role === "admin" ? null : 7 });

test("only the admin decides access requests", () => {
  for (const role of roles) assert.equal(policies.decideRequests(user(role)), role === "admin", role);
  assert.equal(policies.decideRequests(null), false);
});
