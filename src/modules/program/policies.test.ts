import { test } from "node:test";
import assert from "node:assert/strict";
import type { CurrentUser } from "../../platform/auth/current-user.ts";
import type { Role } from "../../platform/auth/roles.ts";
import type { EventSummary } from "./queries/events.ts";
import type { Audience, Obligee } from "./reference.ts";
import { policies, roleLimitOf } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const team = ["admin", "editor"] as const;
const members = ["leader", "planningSpecialist", "staff"] as const;

const event = (audience: Audience, obligee: Obligee = "none"): EventSummary => ({
  id: 11,
  title: "Kommunal-Workshop",
  formatId: 3,
  formatTitle: "Workshops",
  formatKind: "municipalWorkshop",
  formatRule: { obligee, required: 1, byModule: false },
  moduleNumber: null,
  municipalityId: null,
  place: "Bonn",
  onlineUrl: "",
  capacity: 20,
  audience,
  registrationOpensOn: null,
  registrationClosesOn: null,
  description: "",
  speakers: "",
  cancelled: false,
  updatedAt: new Date("2025-01-01T00:00:00Z"),
  days: [],
  seatsTaken: 0,
  waiting: 0,
});

// `inCohort` is what `isCohortMember` finds for the user's municipality: 7 is in the cohort, 8 is not.
const inCohortMunicipality = true;
const outsideCohort = false;

test("the team (admin, editor) manages the program; members and anonymous visitors do not", () => {
  for (const role of team) assert.equal(policies.manageProgram(user(role)), true, role);
  for (const role of members) {
    assert.equal(policies.manageProgram(user(role, 7)), false, role);
    assert.equal(policies.manageProgram(user(role, 8)), false, `${role} of another municipality`);
  }
  assert.equal(policies.manageProgram(null), false, "anonymous");
});

test("an event's role limit comes from its audience, else from its training path's obligee", () => {
  assert.equal(roleLimitOf(event("leaders")), "leader");
  assert.equal(roleLimitOf(event("planningSpecialists")), "planningSpecialist");
  assert.equal(roleLimitOf(event("cohort", "leader")), "leader");
  assert.equal(roleLimitOf(event("cohort", "planningSpecialist")), "planningSpecialist");
  assert.equal(roleLimitOf(event("leaders", "planningSpecialist")), "leader", "the audience the team chose wins over the format's rule");
});

test("an event obliging the municipality or nobody, for the cohort or the public, has no role limit", () => {
  assert.equal(roleLimitOf(event("cohort")), undefined);
  assert.equal(roleLimitOf(event("cohort", "municipality")), undefined, "any tandem member counts for the municipality");
  assert.equal(roleLimitOf(event("public")), undefined);
  assert.equal(roleLimitOf(event("public", "municipality")), undefined);
});

test("everyone sees a public event, anonymous visitors and members outside the cohort too", () => {
  const open = event("public");
  assert.equal(policies.seeEvent(null, open, outsideCohort), true, "anonymous");
  for (const role of [...team, ...members]) {
    assert.equal(policies.seeEvent(user(role, 8), open, outsideCohort), true, `${role} outside the cohort`);
  }
});

test("cohort events are seen by the team and by members of a cohort municipality", () => {
  for (const audience of ["cohort", "leaders", "planningSpecialists"] as const) {
    for (const role of team) assert.equal(policies.seeEvent(user(role), event(audience), outsideCohort), true, `${role}, ${audience}`);
    for (const role of members) {
      assert.equal(policies.seeEvent(user(role, 7), event(audience), inCohortMunicipality), true, `${role} in the cohort, ${audience}`);
    }
  }
});

test("cohort events are hidden from members of a municipality outside the cohort and from anonymous visitors", () => {
  for (const audience of ["cohort", "leaders", "planningSpecialists"] as const) {
    for (const role of members) {
      assert.equal(policies.seeEvent(user(role, 8), event(audience), outsideCohort), false, `${role} outside the cohort, ${audience}`);
    }
    assert.equal(policies.seeEvent(null, event(audience), outsideCohort), false, `anonymous, ${audience}`);
  }
});

test("anyone registers for a public event, even one whose format obliges a tandem role", () => {
  for (const open of [event("public"), event("public", "leader")]) {
    assert.equal(policies.registerForEvent(null, open, outsideCohort, []), true, "anonymous");
    for (const role of [...team, ...members]) {
      assert.equal(policies.registerForEvent(user(role, 8), open, outsideCohort, []), true, `${role} outside the cohort`);
    }
  }
});

test("every member of a cohort municipality registers for a cohort event without a role limit", () => {
  for (const cohortEvent of [event("cohort"), event("cohort", "municipality")]) {
    for (const role of members) {
      assert.equal(policies.registerForEvent(user(role, 7), cohortEvent, inCohortMunicipality, []), true, role);
    }
  }
});

test("nobody outside the cohort registers for a cohort event: not the team, not other municipalities, not anonymous visitors", () => {
  const cohortEvent = event("cohort");
  for (const role of team) {
    assert.equal(policies.registerForEvent(user(role), cohortEvent, outsideCohort, []), false, `${role} sees the event but does not register`);
  }
  for (const role of members) {
    assert.equal(policies.registerForEvent(user(role, 8), cohortEvent, outsideCohort, ["leader"]), false, `${role} outside the cohort`);
  }
  assert.equal(policies.registerForEvent(null, cohortEvent, outsideCohort, []), false, "anonymous");
});

test("an event for the tandems' leaders takes only cohort members who hold the leader seat", () => {
  for (const leadersOnly of [event("leaders"), event("cohort", "leader")]) {
    assert.equal(policies.registerForEvent(user("leader", 7), leadersOnly, inCohortMunicipality, ["leader"]), true, "leader seat");
    assert.equal(
      policies.registerForEvent(user("staff", 7), leadersOnly, inCohortMunicipality, ["leader"]),
      true,
      "the tandem seat counts, not the account role",
    );
    assert.equal(policies.registerForEvent(user("planningSpecialist", 7), leadersOnly, inCohortMunicipality, ["planningSpecialist"]), false, "other seat");
    assert.equal(policies.registerForEvent(user("leader", 7), leadersOnly, inCohortMunicipality, []), false, "a leader account without a current tandem seat");
    assert.equal(policies.registerForEvent(user("leader", 8), leadersOnly, outsideCohort, ["leader"]), false, "leader seat outside the cohort");
  }
});

test("an event for the tandems' planning specialists takes only cohort members who hold that seat", () => {
  for (const specialistsOnly of [event("planningSpecialists"), event("cohort", "planningSpecialist")]) {
    assert.equal(
      policies.registerForEvent(user("planningSpecialist", 7), specialistsOnly, inCohortMunicipality, ["planningSpecialist"]),
      true,
      "planning specialist seat",
    );
    assert.equal(policies.registerForEvent(user("leader", 7), specialistsOnly, inCohortMunicipality, ["leader"]), false, "leader seat");
    assert.equal(
      policies.registerForEvent(user("leader", 7), specialistsOnly, inCohortMunicipality, ["leader", "planningSpecialist"]),
      true,
      "a person holding both seats",
    );
  }
});

test("the audience the team chose overrides the format's obliged role for registration", () => {
  const leadersAudience = event("leaders", "planningSpecialist");
  assert.equal(policies.registerForEvent(user("leader", 7), leadersAudience, inCohortMunicipality, ["leader"]), true);
  assert.equal(policies.registerForEvent(user("planningSpecialist", 7), leadersAudience, inCohortMunicipality, ["planningSpecialist"]), false);
});
