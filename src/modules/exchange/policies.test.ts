import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { and, eq, sql } from "drizzle-orm";
import type { CurrentUser } from "../../platform/auth/current-user.ts";
import type { Role } from "../../platform/auth/roles.ts";
import type { Db } from "../../db/client.ts";
import { startTestApp, type TestApp } from "../../testing.ts";
import { findMunicipality } from "../municipalities/index.ts";
import { currentProgram } from "../program/index.ts";
import { cohort } from "../program/testing.ts";
import { audienceOf, policies, readerAudiences } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const teamRoles = ["admin", "editor"] as const;
const memberRoles = ["leader", "planningSpecialist", "staff"] as const;

test("the team is the admin and the editorial team, whatever municipality an account names", () => {
  for (const role of teamRoles) {
    assert.equal(policies.isTeam(user(role)), true, role);
    assert.equal(policies.isTeam(user(role, 7)), true, `${role} with a municipality`);
  }
  for (const role of memberRoles) assert.equal(policies.isTeam(user(role, 7)), false, role);
  assert.equal(policies.isTeam(null), false);
});

test("a member belongs to their own municipality only; the team and anonymous visitors to none", () => {
  for (const role of memberRoles) {
    assert.equal(policies.isMemberOf(user(role, 7), 7), true, role);
    assert.equal(policies.isMemberOf(user(role, 8), 7), false, `${role} of another municipality`);
    assert.equal(policies.isMemberOf(user(role), 7), false, `${role} without a municipality`);
  }
  for (const role of teamRoles) assert.equal(policies.isMemberOf(user(role, 7), 7), false, `${role} is team, not member`);
  assert.equal(policies.isMemberOf(null, 7), false);
});

let site: TestApp;
let db: Db;
let programId: number;
let programSlug: string;
let bonn: number;
let leipzig: number;
let munich: number;

before(async () => {
  site = await startTestApp();
  db = site.database.db;
  ({ id: programId, slug: programSlug } = (await currentProgram(db))!);
  [bonn, leipzig, munich] = await Promise.all(["05314", "14713", "09162"].map(async (ags) => (await findMunicipality(db, ags))!.id));
});
after(() => site.close());

test("public and network reports are indexed under their visibility, in or outside the cohort", async () => {
  for (const municipalityId of [bonn, munich]) {
    assert.equal(await audienceOf(db, "public", municipalityId), "public");
    assert.equal(await audienceOf(db, "network", municipalityId), "network");
  }
});

test("a municipality-only report is indexed for its municipality", async () => {
  assert.equal(await audienceOf(db, "municipality", bonn), `municipality:${bonn}`);
  assert.equal(await audienceOf(db, "municipality", munich), `municipality:${munich}`);
});

test("a cohort report reaches the current cohort; one from outside the cohort stays with its municipality", async () => {
  assert.equal(await audienceOf(db, "cohort", bonn), `cohort:${programId}`);
  assert.equal(await audienceOf(db, "cohort", leipzig), `cohort:${programId}`);
  assert.equal(await audienceOf(db, "cohort", munich), `municipality:${munich}`);
});

test("anonymous visitors read public reports only, the team reads everything", async () => {
  assert.deepEqual(await readerAudiences(db, null), ["public"]);
  for (const role of teamRoles) {
    assert.equal(await readerAudiences(db, user(role)), null, role);
    assert.equal(await readerAudiences(db, user(role, bonn)), null, `${role} with a municipality`);
  }
});

test("members of a cohort municipality read public, network, their municipality's and the cohort's reports", async () => {
  for (const role of memberRoles) {
    assert.deepEqual(await readerAudiences(db, user(role, bonn)), ["public", "network", `municipality:${bonn}`, `cohort:${programId}`], role);
  }
  assert.deepEqual(await readerAudiences(db, user("staff", leipzig)), ["public", "network", `municipality:${leipzig}`, `cohort:${programId}`]);
});

test("members outside the cohort get no cohort audience; members without a municipality only public and network", async () => {
  for (const role of memberRoles) {
    assert.deepEqual(await readerAudiences(db, user(role, munich)), ["public", "network", `municipality:${munich}`], role);
    assert.deepEqual(await readerAudiences(db, user(role)), ["public", "network"], `${role} without a municipality`);
  }
});

test("a report's audience is among exactly the readers it is meant for", async () => {
  const readsBonn = async (reader: CurrentUser | null, visibility: "public" | "network" | "cohort" | "municipality") =>
    (await readerAudiences(db, reader))!.includes(await audienceOf(db, visibility, bonn));
  assert.equal(await readsBonn(user("staff", leipzig), "cohort"), true, "another cohort municipality reads Bonn's cohort report");
  assert.equal(await readsBonn(user("staff", leipzig), "municipality"), false, "but not Bonn's own");
  assert.equal(await readsBonn(user("leader", munich), "cohort"), false, "München is outside the cohort");
  assert.equal(await readsBonn(user("leader", munich), "network"), true);
  assert.equal(await readsBonn(null, "network"), false, "the network needs a login");
  assert.equal(await readsBonn(null, "public"), true);
});

test("a municipality that joins the cohort shares its cohort reports with it and reads the cohort's", async () => {
  await db.insert(cohort).values({ programId, municipalityId: munich });
  try {
    assert.equal(await audienceOf(db, "cohort", munich), `cohort:${programId}`);
    assert.ok((await readerAudiences(db, user("leader", munich)))!.includes(`cohort:${programId}`));
  } finally {
    await db.delete(cohort).where(and(eq(cohort.programId, programId), eq(cohort.municipalityId, munich)));
  }
  assert.equal(await audienceOf(db, "cohort", munich), `municipality:${munich}`, "and stops once it leaves");
});

test("without a current program there is no cohort: cohort reports stay with their municipality", async () => {
  await db.execute(sql`update program_programs set slug = 'fellow-archived' where id = ${programId}`);
  try {
    assert.equal(await audienceOf(db, "cohort", bonn), `municipality:${bonn}`);
    assert.deepEqual(await readerAudiences(db, user("leader", bonn)), ["public", "network", `municipality:${bonn}`]);
  } finally {
    await db.execute(sql`update program_programs set slug = ${programSlug} where id = ${programId}`);
  }
});
