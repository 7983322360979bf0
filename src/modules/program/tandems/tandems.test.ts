import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { currentProgram } from "../queries/events.ts";
import { listMemberships } from "./queries.ts";
import { findUserByEmail } from "../../../platform/auth/service.ts";
import { startTestApp, type TestApp } from "../../../testing.ts";

let site: TestApp;
let admin: string;
before(async () => {
  site = await startTestApp();
  admin = await site.sessionFor("admin");
});
after(() => site.close());

const memberships = async () => listMemberships(site.database.db, (await currentProgram(site.database.db))!.id);

test("the team replaces Leipzig's planning specialist; the history keeps both", async () => {
  const lea = (await findUserByEmail(site.database.db, "team.leipzig@k360.example"))!;
  const leipzig = lea.municipalityId!;
  const before = await memberships();
  const bad = await site.submit(
    "/programm/tandems",
    "/programm/tandems",
    { municipalityId: String(leipzig), role: "planningSpecialist", userId: String(lea.id), fromDate: "2026-13-45" },
    admin,
  );
  assert.equal(bad.statusCode, 422);
  assert.match(bad.body, /gültiges Datum/);
  const wrongTown = await site.submit(
    "/programm/tandems",
    "/programm/tandems",
    {
      municipalityId: String(leipzig),
      role: "leader",
      userId: String((await findUserByEmail(site.database.db, "leitung.bonn@k360.example"))!.id),
      fromDate: "2026-12-01",
    },
    admin,
  );
  assert.match(wrongTown.body, /Person mit Konto in dieser Kommune/);
  assert.deepEqual(await memberships(), before);
  const ok = await site.submit(
    "/programm/tandems",
    "/programm/tandems",
    { municipalityId: String(leipzig), role: "planningSpecialist", userId: String(lea.id), fromDate: "2026-12-01" },
    admin,
  );
  assert.equal(ok.statusCode, 303);
  const leipzigPlanners = (await memberships()).filter((m) => m.municipalityId === leipzig && m.role === "planningSpecialist");
  assert.deepEqual(
    leipzigPlanners.map((m) => [m.name, m.fromDate, m.toDate]),
    [
      ["Yusuf Vorbild", "2025-09-01", "2026-11-30"],
      ["Lea Mitarbeit (Beispiel)", "2026-12-01", null],
    ],
  );
  const page = await site.app.inject({ url: "/programm/tandems", headers: { cookie: admin } });
  assert.match(page.body, /Yusuf Vorbild<\/td><td[^>]*>01\.09\.2025 bis 30\.11\.2026/);
});

test("only the team manages tandems", async () => {
  assert.equal((await site.app.inject({ url: "/programm/tandems", headers: { cookie: await site.sessionFor("leader") } })).statusCode, 403);
  assert.equal((await site.app.inject({ url: "/programm/tandems" })).statusCode, 401);
});
