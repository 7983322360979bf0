/** Demo data of calls: the open call for the next Fellow cohort, and a call past its deadline with 40 reviewed applications. */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { users } from "../../platform/auth/tables.ts";
import { endOfGermanDay } from "./setup/rules/deadline.ts";
import { fellowIds, listMunicipalitiesByIds, listMunicipalityChoices, listTopics } from "../municipalities/index.ts";
import { callApplications, calls, callReviews, callTandems } from "./tables.ts";
import { defaultCriteria, defaultQuestions } from "./reference.ts";
import { exampleApplications } from "./selection/rules/generate.ts";

const day = 24 * 3600_000;
const reviewerEmails = ["admin@k360.example", "redaktion@k360.example"];

const fellowCall = {
  slug: "fellow-programm-2027-2029",
  title: "Fellow-Programm 2027–2029",
  kind: "fellow",
  periodStartsOn: "2027-11-01",
  periodEndsOn: "2029-10-31",
  places: 9,
  description:
    "Das K360 Fellow-Programm begleitet zwei Jahre lang neun Kommunen, die ihre Planung und Steuerung für ein gutes Aufwachsen junger Menschen " +
    "integriert weiterentwickeln wollen. Die erste Kohorte hat im Spätsommer 2025 begonnen und schließt im Herbst 2027 ab; jetzt suchen wir die nächsten neun.\n\n" +
    "**Für wen:** Jugendämter von Landkreisen, kreisfreien Städten und kreisangehörigen Städten mit eigenem Jugendamt. Jede Kommune bewirbt sich als Tandem: " +
    "eine Führungskraft mit Planungs- und Steuerungsverantwortung und eine Planungsfachkraft, die für die Jugendhilfeplanung zuständig ist.\n\n" +
    "**Was Sie mitbringen:** ein Veränderungsvorhaben der integrierten Planung und Steuerung, das Sie in zwei Jahren ein gutes Stück voranbringen wollen, " +
    "den Rückhalt Ihrer Verwaltungsspitze und die Zeit für Lernpfade, AG-Treffen und Check-Ins.\n\n" +
    "**Was Sie bekommen:** einen Kommunal-Workshop vor Ort, regelmäßige Check-Ins, die Lernpfade Führung und Change, den Austausch mit acht anderen Kommunen – kostenlos.",
  selection:
    "Mindestens zwei Personen aus dem Team lesen jede Bewerbung und bewerten sie nach den Kriterien. Aus den Bewertungen schlägt K360 eine Gruppe vor, " +
    "die zugleich möglichst verschieden ist: Länder und Regionen, Art und Größe der Kommunen, Themen der Vorhaben und Stand der Planung. " +
    "Das Team prüft den Vorschlag, begründet jede Änderung und verschickt danach alle Zusagen und Absagen zugleich.",
};

const offeringCall = {
  slug: "praxiswerkstatt-integrierte-planung-2027",
  title: "Praxiswerkstatt integrierte Planung 2027",
  kind: "offering",
  periodStartsOn: "2027-04-01",
  periodEndsOn: "2027-12-31",
  places: 9,
  description:
    "Neun Monate, vier Werkstatttage: Tandems aus Jugendämtern bringen ein laufendes Planungsvorhaben mit und arbeiten es mit Kolleginnen und Kollegen " +
    "aus anderen Kommunen durch – von der Datenlage bis zur Vorlage im Jugendhilfeausschuss.",
  selection: fellowCall.selection,
};

async function insertCall(db: Db, values: typeof fellowCall, deadline: Date): Promise<number> {
  const [row] = await db
    .insert(calls)
    .values({ ...values, criteria: defaultCriteria, questions: defaultQuestions, deadline, retentionMonths: 12, status: "open", isExample: true })
    .returning({ id: calls.id });
  return row.id;
}

/** `count` submitted applications of municipalities outside the current cohort, reviewed by the demo team. */
export async function addExampleApplications(db: Db, callId: number, deadline: Date, count: number) {
  const fellows = new Set(await fellowIds(db));
  const ids = (await listMunicipalityChoices(db)).map((m) => m.id).filter((id) => !fellows.has(id));
  const municipalities = await listMunicipalitiesByIds(db, ids);
  const names = new Map(municipalities.map((m) => [m.id, m]));
  const topics = (await listTopics(db)).map((t) => t.slug);
  const reviewers = await db.select({ id: users.id }).from(users).where(inArray(users.email, reviewerEmails));
  const options = { count, seed: 2027, criteria: defaultCriteria.map((c) => c.key), scaleMax: 5, reviewers: reviewers.length, deadline };
  for (const example of exampleApplications(municipalities, topics, options)) {
    const municipality = names.get(example.municipalityId)!;
    const [application] = await db
      .insert(callApplications)
      .values({
        callId,
        municipalityId: example.municipalityId,
        status: "submitted",
        projectTitle: example.projectTitle,
        projectSummary: example.projectSummary,
        projectTopics: example.topics,
        planningStage: example.planningStage,
        situation: "Jugendhilfe-, Schul- und Sozialplanung arbeiten bisher nebeneinander.",
        expectations: "Methoden für die gemeinsame Steuerung und den Austausch mit anderen Kommunen.",
        commitment: { trainings: true, workingGroups: true, checkIns: true, hoursPerMonth: 12 },
        submittedAt: example.submittedAt,
        isExample: true,
      })
      .returning({ id: callApplications.id });
    const mailbox = `${municipality.slug}.example`;
    await db.insert(callTandems).values([
      {
        applicationId: application.id,
        role: "leader",
        name: `Leitung Jugendamt ${municipality.name}`,
        email: `leitung@${mailbox}`,
        agreedAt: example.submittedAt,
      },
      {
        applicationId: application.id,
        role: "planningSpecialist",
        name: `Jugendhilfeplanung ${municipality.name}`,
        email: `planung@${mailbox}`,
        agreedAt: example.submittedAt,
      },
    ]);
    const reviews = example.reviews.map((scores, k) => ({ applicationId: application.id, reviewerId: reviewers[k].id, scores, comment: "Beispielbewertung." }));
    if (reviews.length > 0) await db.insert(callReviews).values(reviews);
  }
}

/** Adds what is missing: the open Fellow call, and the call past its deadline with its applications and reviews. */
export async function seedCallsDemo(db: Db, now = new Date()) {
  const existing = async (slug: string) => (await db.select({ id: calls.id }).from(calls).where(eq(calls.slug, slug)))[0]?.id ?? null;
  if ((await existing(fellowCall.slug)) === null) await insertCall(db, fellowCall, endOfGermanDay(new Date(now.getTime() + 120 * day)));
  let pastId = await existing(offeringCall.slug);
  const deadline = endOfGermanDay(new Date(now.getTime() - 14 * day));
  if (pastId === null) pastId = await insertCall(db, offeringCall, deadline);
  const applications = await db.select({ id: callApplications.id }).from(callApplications).where(eq(callApplications.callId, pastId)).limit(1);
  if (applications.length === 0) await addExampleApplications(db, pastId, deadline, 40);
}
