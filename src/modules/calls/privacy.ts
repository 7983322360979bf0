import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { PersonalDataSource } from "../../platform/personal-data.ts";
import { users } from "../../platform/auth/tables.ts";
import { listMunicipalitiesByIds } from "../municipalities/index.ts";
import { callApplications, callReviews, calls, callTandems } from "./tables.ts";
import { tandemRoles, type TandemRole } from "./reference.ts";
import { privacyLabels } from "./setup/texts.ts";

const tandemOf = (email: string) => eq(sql`lower(${callTandems.email})`, email);

async function municipalityNames(db: Db, ids: number[]): Promise<Map<number, string>> {
  return new Map((await listMunicipalitiesByIds(db, [...new Set(ids)])).map((m) => [m.id, m.name]));
}

const answersText = (answers: Record<string, string>) =>
  Object.entries(answers)
    .map(([key, answer]) => `${key}: ${answer}`)
    .join("\n");

/**
 * A person in the tandem of an application, with the application's texts. Erasing keeps the
 * application (the partner's and the municipality's) but leaves no name, address or account in it.
 */
export const tandemData: PersonalDataSource = {
  label: privacyLabels.tandems,
  async find(db, email) {
    const rows = await db
      .select({ tandem: callTandems, application: callApplications, call: calls.title })
      .from(callTandems)
      .innerJoin(callApplications, eq(callApplications.id, callTandems.applicationId))
      .innerJoin(calls, eq(calls.id, callApplications.callId))
      .where(tandemOf(email))
      .orderBy(callApplications.id);
    const names = await municipalityNames(
      db,
      rows.map((r) => r.application.municipalityId),
    );
    return rows.map(({ tandem, application, call }) => ({
      Ausschreibung: call,
      Kommune: names.get(application.municipalityId) ?? "",
      Rolle: tandemRoles[tandem.role as TandemRole] ?? tandem.role,
      Name: tandem.name,
      "E-Mail": tandem.email,
      Funktion: tandem.jobTitle,
      Vorhaben: application.projectTitle,
      Zusammenfassung: application.projectSummary,
      Ausgangslage: application.situation,
      Erwartungen: application.expectations,
      Antworten: answersText(application.answers),
    }));
  },
  async erase(db, email) {
    const rows = await db
      .update(callTandems)
      .set({ name: privacyLabels.erasedName, email: "", userId: null, jobTitle: "", inviteTokenHash: null })
      .where(tandemOf(email))
      .returning({ id: callTandems.applicationId });
    return rows.length;
  },
};

/** The reviews a person of the team wrote, found by the address of their account. Erasing deletes them. */
export const reviewData: PersonalDataSource = {
  label: privacyLabels.reviews,
  async find(db, email) {
    const rows = await db
      .select({ review: callReviews, call: calls.title, municipalityId: callApplications.municipalityId })
      .from(callReviews)
      .innerJoin(users, eq(users.id, callReviews.reviewerId))
      .innerJoin(callApplications, eq(callApplications.id, callReviews.applicationId))
      .innerJoin(calls, eq(calls.id, callApplications.callId))
      .where(eq(sql`lower(${users.email})`, email))
      .orderBy(callReviews.applicationId);
    const names = await municipalityNames(
      db,
      rows.map((r) => r.municipalityId),
    );
    return rows.map(({ review, call, municipalityId }) => ({
      Ausschreibung: call,
      Kommune: names.get(municipalityId) ?? "",
      Punkte: Object.entries(review.scores)
        .map(([key, score]) => `${key}: ${score}`)
        .join(", "),
      Kommentar: review.comment,
      "Bewertet am": review.submittedAt.toISOString(),
    }));
  },
  async erase(db, email) {
    const reviewers = db
      .select({ id: users.id })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email));
    const rows = await db.delete(callReviews).where(inArray(callReviews.reviewerId, reviewers)).returning({ id: callReviews.applicationId });
    return rows.length;
  },
};
