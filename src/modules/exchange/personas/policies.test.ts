import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import type { Role } from "../../../platform/auth/roles.ts";
import type { Db } from "../../../db/client.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { findMunicipality } from "../../municipalities/index.ts";
import { currentProgram } from "../../program/index.ts";
import type { Persona } from "./queries.ts";
import { mayEdit, mayRead, mayShare, mayUsePersonas, onlyReadable, readerOf } from "./policies.ts";

const user = (role: Role, municipalityId: number | null = null): CurrentUser => ({ id: 1, email: "x@example.org", name: "X", role, municipalityId });
const teamRoles = ["admin", "editor"] as const;
const memberRoles = ["leader", "planningSpecialist", "staff"] as const;

let site: TestApp;
let db: Db;
let bonn: number;
let leipzig: number;
let munich: number;
let nextId = 1;

before(async () => {
  site = await startTestApp();
  db = site.database.db;
  [bonn, leipzig, munich] = await Promise.all(["05314", "14713", "09162"].map(async (ags) => (await findMunicipality(db, ags))!.id));
});
after(() => site.close());

const persona = (municipalityId: number, shared: boolean): Persona => ({
  id: nextId++,
  municipalityId,
  municipality: { name: `Kommune ${municipalityId}`, slug: `kommune-${municipalityId}` },
  name: shared ? "Geteilte Gerda" : "Heimliche Hanna",
  role: "Planungsfachkraft",
  drives: "",
  stumblingBlocks: "",
  whatWorks: "",
  nextSteps: "",
  shared,
  isExample: false,
  updatedAt: new Date(),
});
const readerFor = (role: Role, municipalityId: number | null = null) => readerOf(db, user(role, municipalityId));

test("a reader knows whether it is the team, its own municipality and whether that is in the cohort", async () => {
  for (const role of teamRoles) {
    const team = await readerFor(role, bonn);
    assert.deepEqual([team.isTeam, team.municipalityId, team.inCohort], [true, null, false], `${role} naming a municipality is no member of it`);
  }
  for (const role of memberRoles) {
    const member = await readerFor(role, bonn);
    assert.deepEqual([member.isTeam, member.municipalityId, member.inCohort], [false, bonn, true], role);
    const outsider = await readerFor(role, munich);
    assert.deepEqual([outsider.isTeam, outsider.municipalityId, outsider.inCohort], [false, munich, false], `${role} of München`);
    const homeless = await readerFor(role);
    assert.deepEqual([homeless.municipalityId, homeless.inCohort], [null, false], `${role} without a municipality`);
  }
});

test("a reader answers for any municipality whether it is in the cohort, once per request", async () => {
  const reader = await readerFor("staff", munich);
  assert.equal(await reader.isCohort(leipzig), true);
  assert.equal(await reader.isCohort(munich), false);
  assert.equal(reader.isCohort(leipzig), reader.isCohort(leipzig), "the same answer, not a second query");
});

test("personas are for the team and for members of a municipality", async () => {
  for (const role of teamRoles) assert.equal(mayUsePersonas(await readerFor(role)), true, role);
  for (const role of memberRoles) {
    assert.equal(mayUsePersonas(await readerFor(role, bonn)), true, role);
    assert.equal(mayUsePersonas(await readerFor(role, munich)), true, `${role} outside the cohort keeps personas too`);
    assert.equal(mayUsePersonas(await readerFor(role)), false, `${role} without a municipality`);
  }
});

test("the team and the own municipality read every persona of it, shared or not", async () => {
  for (const shared of [true, false]) {
    for (const role of teamRoles) assert.equal(await mayRead(await readerFor(role), persona(munich, shared)), true, `${role}, shared ${shared}`);
    for (const role of memberRoles) assert.equal(await mayRead(await readerFor(role, munich), persona(munich, shared)), true, `${role}, shared ${shared}`);
  }
});

test("another cohort municipality reads shared personas only", async () => {
  const leipzigReader = await readerFor("staff", leipzig);
  assert.equal(await mayRead(leipzigReader, persona(bonn, true)), true);
  assert.equal(await mayRead(leipzigReader, persona(bonn, false)), false);
});

test("outside the cohort nothing is shared: neither to a municipality outside nor from one", async () => {
  assert.equal(await mayRead(await readerFor("leader", munich), persona(bonn, true)), false, "München does not read Bonn's shared persona");
  assert.equal(await mayRead(await readerFor("staff", leipzig), persona(munich, true)), false, "a persona shared while München was in the cohort");
  assert.equal(await mayRead(await readerFor("leader"), persona(bonn, true)), false, "a member without a municipality");
});

test("only the team and the own municipality edit a persona, shared or not", async () => {
  for (const role of teamRoles) assert.equal(mayEdit(await readerFor(role), persona(bonn, false)), true, role);
  for (const role of memberRoles) {
    assert.equal(mayEdit(await readerFor(role, bonn), persona(bonn, false)), true, role);
    assert.equal(mayEdit(await readerFor(role, leipzig), persona(bonn, true)), false, `${role} of another cohort municipality`);
    assert.equal(mayEdit(await readerFor(role, munich), persona(bonn, true)), false, `${role} outside the cohort`);
  }
});

test("personas of cohort municipalities may be shared, by them or by the team, those of others not", async () => {
  for (const role of memberRoles) {
    assert.equal(await mayShare(await readerFor(role, bonn), bonn), true, role);
    assert.equal(await mayShare(await readerFor(role, munich), munich), false, `${role} outside the cohort`);
  }
  const admin = await readerFor("admin");
  assert.equal(await mayShare(admin, leipzig), true);
  assert.equal(await mayShare(admin, munich), false, "the team writes for cohort municipalities only");
});

test("a persona without a municipality may be shared by the team only", async () => {
  for (const role of teamRoles) assert.equal(await mayShare(await readerFor(role), null), true, role);
  assert.equal(await mayShare(await readerFor("leader"), null), false, "a member without a municipality");
});

test("a list keeps the personas the reader may read, in their order", async () => {
  const list = [persona(bonn, true), persona(bonn, false), persona(munich, true), persona(leipzig, false), persona(leipzig, true)];
  const idsFor = async (reader: Awaited<ReturnType<typeof readerOf>>) => (await onlyReadable(reader, list)).map((item) => item.id);
  const [bonnShared, , munichShared, leipzigOwn, leipzigShared] = list.map((item) => item.id);
  assert.deepEqual(await idsFor(await readerFor("staff", leipzig)), [bonnShared, leipzigOwn, leipzigShared]);
  assert.deepEqual(await idsFor(await readerFor("leader", munich)), [munichShared]);
  assert.deepEqual(
    await idsFor(await readerFor("editor")),
    list.map((item) => item.id),
  );
  assert.deepEqual(await onlyReadable(await readerFor("staff", leipzig), []), []);
});

test("without a current program there is no cohort: nothing is shared and nobody may share", async () => {
  const program = (await currentProgram(db))!;
  await db.execute(sql`update program_programs set slug = 'fellow-archived' where id = ${program.id}`);
  try {
    const leipzigReader = await readerFor("staff", leipzig);
    assert.equal(leipzigReader.inCohort, false);
    assert.equal(await mayRead(leipzigReader, persona(bonn, true)), false);
    assert.equal(await mayRead(leipzigReader, persona(leipzig, false)), true, "its own personas stay");
    assert.equal(await mayShare(await readerFor("leader", bonn), bonn), false);
  } finally {
    await db.execute(sql`update program_programs set slug = ${program.slug} where id = ${program.id}`);
  }
});
