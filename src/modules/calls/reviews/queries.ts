import { and, asc, eq, getTableColumns, isNotNull, sql } from "drizzle-orm";
import type { Database, Db } from "../../../db/client.ts";
import {
  findMunicipalityById,
  kinds,
  listMunicipalities,
  listMunicipalitiesByIds,
  peersOf,
  sizeClasses,
  states,
  type Kind,
  type SizeClass,
} from "../../municipalities/index.ts";
import { cohortMunicipalityIds, currentProgram, trainingApplicationsOf } from "../../program/index.ts";
import { users } from "../../../platform/auth/tables.ts";
import { callApplications, callReviews, calls } from "../tables.ts";
import { applicationColumns, type Call } from "../queries.ts";
import { meanScore, type Scores } from "./rules/score.ts";

export type Review = typeof callReviews.$inferSelect;
export type ReviewWithName = Review & { reviewerName: string };

const submitted = (callId: number) => and(eq(callApplications.callId, callId), eq(callApplications.status, "submitted"));

/** The submitted applications of a call, as the list of them shows them. */
export async function submittedApplications(db: Db, callId: number) {
  return db
    .select({ id: callApplications.id, municipalityId: callApplications.municipalityId, projectTitle: callApplications.projectTitle })
    .from(callApplications)
    .where(submitted(callId))
    .orderBy(asc(callApplications.submittedAt), asc(callApplications.id));
}

/** How many applications of a call are still drafts. */
export async function countDrafts(db: Db, callId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(callApplications)
    .where(and(eq(callApplications.callId, callId), eq(callApplications.status, "draft")));
  return row.n;
}

/** A submitted application of this call (without the letter's bytes); drafts and other calls' applications are not found. */
export async function findSubmittedApplication(db: Db, callId: number, applicationId: number) {
  const rows = await db
    .select(applicationColumns)
    .from(callApplications)
    .where(and(submitted(callId), eq(callApplications.id, applicationId)));
  return rows[0] ?? null;
}

/** The letter of support of a submitted application of this call, if one was attached. */
export async function letterOf(db: Db, callId: number, applicationId: number) {
  const rows = await db
    .select({ fileName: callApplications.letterName, data: callApplications.letter })
    .from(callApplications)
    .where(and(submitted(callId), eq(callApplications.id, applicationId), isNotNull(callApplications.letter)));
  return rows[0] ?? null;
}

/** Every review of a call's submitted applications (or of one of them), with the reviewer's name. */
export async function reviewsOfCall(db: Db, callId: number, applicationId?: number): Promise<ReviewWithName[]> {
  return db
    .select({ ...getTableColumns(callReviews), reviewerName: users.name })
    .from(callReviews)
    .innerJoin(callApplications, eq(callApplications.id, callReviews.applicationId))
    .innerJoin(users, eq(users.id, callReviews.reviewerId))
    .where(and(submitted(callId), applicationId === undefined ? undefined : eq(callReviews.applicationId, applicationId)))
    .orderBy(asc(callReviews.submittedAt), asc(users.name));
}

/**
 * Per submitted application of a call: the mean over its reviewers of the weighted criterion scores
 * (each on 0..1, weights from the call's criteria) and the number of reviews. For the selection.
 */
export async function scoresOfCall(db: Db, callId: number): Promise<Map<number, { mean: number | null; count: number }>> {
  const [call] = await db.select({ criteria: calls.criteria, scaleMax: calls.scaleMax }).from(calls).where(eq(calls.id, callId));
  const result = new Map<number, { mean: number | null; count: number }>();
  if (!call) return result;
  const byApplication = new Map<number, Scores[]>((await submittedApplications(db, callId)).map((a) => [a.id, []]));
  for (const review of await reviewsOfCall(db, callId)) byApplication.get(review.applicationId)?.push(review.scores);
  for (const [id, reviews] of byApplication) result.set(id, meanScore(call.criteria, call.scaleMax, reviews));
  return result;
}

export interface ListedApplication {
  id: number;
  municipality: string;
  state: string;
  projectTitle: string;
  reviews: number;
  reviewedByMe: boolean;
  /** The mean of the reviews, only where this reviewer gave their own (blind until given). */
  mean: number | null;
}

/** A call's submitted applications as one reviewer's list shows them. */
export async function applicationsForReviewer(db: Db, call: Call, reviewerId: number): Promise<ListedApplication[]> {
  const [applications, reviews] = await Promise.all([submittedApplications(db, call.id), reviewsOfCall(db, call.id)]);
  const places = new Map(
    (
      await listMunicipalitiesByIds(
        db,
        applications.map((a) => a.municipalityId),
      )
    ).map((m) => [m.id, m]),
  );
  return applications.map((application) => {
    const given = reviews.filter((r) => r.applicationId === application.id);
    const place = places.get(application.municipalityId);
    const reviewedByMe = given.some((r) => r.reviewerId === reviewerId);
    return {
      id: application.id,
      municipality: place?.name ?? "–",
      state: place ? (states[place.stateCode] ?? place.stateCode) : "–",
      projectTitle: application.projectTitle,
      reviews: given.length,
      reviewedByMe,
      mean: reviewedByMe
        ? meanScore(
            call.criteria,
            call.scaleMax,
            given.map((r) => r.scores),
          ).mean
        : null,
    };
  });
}

type Place = NonNullable<Awaited<ReturnType<typeof findMunicipalityById>>>;

const sizeClassOf = (population: number) =>
  (Object.keys(sizeClasses) as SizeClass[]).find((key) => population >= sizeClasses[key].min && population <= sizeClasses[key].max);

/**
 * Municipalities like this one: those its profile shows as similar (topics and change projects),
 * else those of the same type and size class in the same Land.
 */
async function peersBeside(database: Database, place: Place): Promise<{ name: string; slug: string; reasons: string[] }[]> {
  const similar = await peersOf(database, place.id);
  if (similar.length > 0) return similar.map(({ name, slug, reasons }) => ({ name, slug, reasons }));
  const kind = place.kind in kinds ? (place.kind as Kind) : undefined;
  const alike = await listMunicipalities(database.db, { land: place.stateCode, typ: kind, groesse: sizeClassOf(place.population) });
  return alike.items
    .filter((m) => m.ags !== place.ags)
    .slice(0, 5)
    .map(({ name, slug }) => ({ name, slug, reasons: [] }));
}

/** What the team reads beside an application: the municipality's facts, its peers and its earlier participation. */
export async function backgroundOf(database: Database, municipalityId: number) {
  const place = await findMunicipalityById(database.db, municipalityId);
  if (!place) return null;
  const program = await currentProgram(database.db);
  const [peers, cohort, trainings] = await Promise.all([
    peersBeside(database, place),
    program ? cohortMunicipalityIds(database.db, program.id) : Promise.resolve([]),
    trainingApplicationsOf(database.db, municipalityId),
  ]);
  return { place, peers, fellowIn: program && cohort.includes(municipalityId) ? program.title : null, trainings };
}

export type Background = NonNullable<Awaited<ReturnType<typeof backgroundOf>>>;
