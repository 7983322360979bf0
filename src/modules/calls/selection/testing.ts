/** The feature's routes with a working address and the answer per role, and a call whose selection can run. */
import type { Database, Db } from "../../../db/client.ts";
import { loggedIn, team, type RouteCases } from "../../../platform/route-cases.ts";
import { eq } from "drizzle-orm";
import { users } from "../../../platform/auth/tables.ts";
import { fellowIds, findMunicipality, kinds, sizeClasses, states } from "../../municipalities/index.ts";
import { addExampleApplications } from "../seed.ts";
import { exampleCandidates } from "./rules/generate.ts";
import type { Candidate } from "./rules/types.ts";
import { createApplication, createCall } from "../testing.ts";
import type { Call } from "../queries.ts";

/** A Fellow call whose deadline passed yesterday, with a submitted application of each given municipality. */
export async function callAfterDeadline(db: Db, municipalityIds: number[], values: Partial<Call> = {}): Promise<{ call: Call; applicationIds: number[] }> {
  const call = await createCall(db, { deadline: new Date(Date.now() - 24 * 3600_000), places: 1, ...values });
  const applicationIds: number[] = [];
  for (const [position, municipalityId] of municipalityIds.entries()) {
    const application = await createApplication(db, {
      callId: call.id,
      municipalityId,
      submitted: true,
      leader: { name: `Leitung ${position + 1}`, email: `leitung-${call.id}-${position}@example.org` },
      planningSpecialist: { name: `Planung ${position + 1}`, email: `planung-${call.id}-${position}@example.org` },
    });
    applicationIds.push(application.id);
  }
  return { call, applicationIds };
}

export async function routeCases(database: Database): Promise<RouteCases> {
  const { call, applicationIds } = await callAfterDeadline(database.db, (await fellowIds(database.db)).slice(0, 2), { slug: "auswahl-rollen" });
  const page = `/team/ausschreibungen/${call.id}/auswahl`;
  return {
    "GET /team/ausschreibungen/:id/auswahl": { url: page, expect: loggedIn(team, 200) },
    "POST /team/ausschreibungen/:id/auswahl/:applicationId": { url: `${page}/${applicationIds[0]}`, body: { value: "exclude" }, expect: loggedIn(team, 303) },
    "POST /team/ausschreibungen/:id/auswahl/versenden": { url: `${page}/versenden`, body: {}, expect: loggedIn(team, 422) },
  };
}

/** Invented applications with scores, as the selection compares them, for tests and the benchmark. */
export function exampleSelectionPool(count: number, seed: number): Candidate[] {
  const topics = { kinderarmut: "Kinderarmut", beteiligung: "Beteiligung junger Menschen", gesundheit: "Gesundheit", praeventionsketten: "Präventionsketten" };
  return exampleCandidates(count, seed, { lands: states, kinds, sizeClasses, topics });
}

/**
 * A Fellow call past its deadline with 39 generated, reviewed applications and Bonn's, not reviewed yet,
 * whose tandem are Bonn's demo accounts: the team has to take Bonn in itself.
 */
export async function fellowCallWithBonn(db: Db, title: string): Promise<{ call: Call; bonnApplicationId: number }> {
  const deadline = new Date(Date.now() - 24 * 3600_000);
  const call = await createCall(db, { title, deadline, places: 9 });
  await addExampleApplications(db, call.id, deadline, 39);
  const bonn = (await findMunicipality(db, "05314"))!;
  const person = async (email: string) => (await db.select().from(users).where(eq(users.email, email)))[0];
  const [leader, planner] = [await person("leitung.bonn@k360.example"), await person("planung.bonn@k360.example")];
  const application = await createApplication(db, {
    callId: call.id,
    municipalityId: bonn.id,
    submitted: true,
    projectTitle: "Kinder- und Jugendförderplan als Steuerungsinstrument",
    leader: { userId: leader.id, name: leader.name, email: leader.email },
    planningSpecialist: { userId: planner.id, name: planner.name, email: planner.email },
  });
  return { call, bonnApplicationId: application.id };
}
