/** Helpers for tests of this and other modules: every route of calls with a working address and the answer per role, and builders. */
import type { Database } from "../../db/client.ts";
import type { Db } from "../../db/client.ts";
import type { RouteCases } from "../../platform/route-cases.ts";
import { routeCases as setupCases } from "./setup/testing.ts";
import { routeCases as applyingCases } from "./applying/testing.ts";
import { routeCases as reviewCases } from "./reviews/testing.ts";
import { routeCases as selectionCases } from "./selection/testing.ts";
import { callApplications, calls, callTandems } from "./tables.ts";
import { defaultCriteria, defaultQuestions, type TandemRole } from "./reference.ts";
import type { Call, CallApplication } from "./queries.ts";

/** Every route of calls for applications, joined from its features. */
export async function routeCases(database: Database): Promise<RouteCases> {
  return {
    ...(await setupCases(database)),
    ...(await applyingCases(database)),
    ...(await reviewCases(database)),
    ...(await selectionCases(database)),
  };
}

const day = 24 * 60 * 60 * 1000;

/** A published call for the next Fellow cohort with the default criteria, open for 30 days unless told otherwise. */
export async function createCall(db: Db, values: Partial<typeof calls.$inferInsert> = {}): Promise<Call> {
  const [call] = await db
    .insert(calls)
    .values({
      slug: `test-${Math.random().toString(36).slice(2, 10)}`,
      title: "Fellow-Programm 2027–2029",
      kind: "fellow",
      periodStartsOn: "2027-09-01",
      periodEndsOn: "2029-08-31",
      places: 9,
      description: "Zwei Jahre Begleitung für Tandems aus Jugendämtern.",
      selection: "Zwei Personen aus dem Team bewerten jede Bewerbung.",
      criteria: defaultCriteria,
      questions: defaultQuestions,
      deadline: new Date(Date.now() + 30 * day),
      retentionMonths: 12,
      status: "open",
      ...values,
    })
    .returning();
  return call;
}

export interface TestTandemMember {
  userId?: number | null;
  name: string;
  email: string;
  confirmed?: boolean;
}

/** An application of a municipality with its tandem; `submitted` marks it as handed in by both. */
export async function createApplication(
  db: Db,
  input: { callId: number; municipalityId: number; leader: TestTandemMember; planningSpecialist: TestTandemMember; submitted?: boolean } & Partial<
    typeof callApplications.$inferInsert
  >,
): Promise<CallApplication> {
  const { leader, planningSpecialist, submitted = false, ...values } = input;
  const now = new Date();
  const [application] = await db
    .insert(callApplications)
    .values({
      projectTitle: "Gemeinsame Planung von Jugendhilfe und Schule",
      projectSummary: "Wir verbinden Jugendhilfeplanung und Schulentwicklungsplanung in drei Sozialräumen.",
      projectTopics: [],
      planningStage: "partial",
      situation: "Die Planungen laufen bisher getrennt.",
      expectations: "Austausch mit anderen Kommunen und Methoden für die Steuerung.",
      commitment: { trainings: true, workingGroups: true, checkIns: true, hoursPerMonth: 16 },
      status: submitted ? "submitted" : "draft",
      submittedAt: submitted ? now : null,
      ...values,
    })
    .returning();
  const members: [TandemRole, TestTandemMember][] = [
    ["leader", leader],
    ["planningSpecialist", planningSpecialist],
  ];
  await db.insert(callTandems).values(
    members.map(([role, member]) => ({
      applicationId: application.id,
      role,
      userId: member.userId ?? null,
      name: member.name,
      email: member.email,
      confirmedAt: member.confirmed === false ? null : now,
      agreedAt: submitted ? now : null,
    })),
  );
  return application;
}

/** The selection's pure rule, invented applications and a call to select from, for the benchmark and the browser journey. */
export { selectApplications } from "./selection/rules/select.ts";
export { exampleSelectionPool, fellowCallWithBonn } from "./selection/testing.ts";
