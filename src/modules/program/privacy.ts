import { and, eq, inArray, notInArray, sql } from "drizzle-orm";
import type { PersonalDataSource } from "../../platform/personal-data.ts";
import { applications, attendance, events, formats, registrationLinks, registrations } from "./tables.ts";
import { registrationStatuses, type RegistrationStatus } from "./reference.ts";
import { statusLabels } from "./applications/texts.ts";

const registrationOf = (email: string) => eq(sql`lower(${registrations.email})`, email);
const applicationOf = (email: string) => eq(sql`lower(${applications.email})`, email);
const yesNo = (value: boolean) => (value ? "ja" : "nein");

/**
 * Event registrations under an address. Erasing deletes a registration, except where attendance
 * was already taken: that row stays for the program's attendance statistics (the municipality's
 * obligations count it), but without name, address, account or confirmation link – the same as
 * when an account is deleted, plus the name and address.
 */
export const registrationData: PersonalDataSource = {
  label: "Anmeldungen zu Veranstaltungen",
  async find(db, email) {
    const rows = await db
      .select({
        id: registrations.id,
        event: events.title,
        name: registrations.name,
        email: registrations.email,
        status: registrations.status,
        withAccount: sql<boolean>`${registrations.userId} is not null`,
        createdAt: registrations.createdAt,
        days: sql<number>`count(${attendance.eventDayId})`.mapWith(Number),
        present: sql<number>`count(*) filter (where ${attendance.present})`.mapWith(Number),
      })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .leftJoin(attendance, eq(attendance.registrationId, registrations.id))
      .where(registrationOf(email))
      .groupBy(registrations.id, events.title)
      .orderBy(registrations.id);
    return rows.map((r) => ({
      Veranstaltung: r.event,
      Name: r.name,
      "E-Mail": r.email,
      Stand: registrationStatuses[r.status as RegistrationStatus] ?? r.status,
      "Mit Konto angemeldet": yesNo(r.withAccount),
      "Angemeldet am": r.createdAt.toISOString(),
      Anwesenheit: r.days === 0 ? "nicht erfasst" : `an ${r.present} von ${r.days} erfassten Tagen anwesend`,
    }));
  },
  async erase(db, email) {
    const attended = await db
      .selectDistinct({ id: attendance.registrationId })
      .from(attendance)
      .innerJoin(registrations, eq(registrations.id, attendance.registrationId))
      .where(registrationOf(email));
    const keptIds = attended.map((r) => r.id);
    const deleted = await db
      .delete(registrations)
      .where(keptIds.length ? and(registrationOf(email), notInArray(registrations.id, keptIds)) : registrationOf(email))
      .returning({ id: registrations.id });
    if (keptIds.length) {
      await db.delete(registrationLinks).where(inArray(registrationLinks.registrationId, keptIds));
      await db
        .update(registrations)
        .set({
          name: "Gelöschte Person",
          email: sql`'geloescht-' || ${registrations.id}::text || '@anonym.invalid'`,
          userId: null,
          confirmTokenHash: null,
          updatedAt: new Date(),
        })
        .where(inArray(registrations.id, keptIds));
    }
    return deleted.length + keptIds.length;
  },
};

/** Applications for the free seats of a training path. Erasing deletes them: a seat they held becomes free for the team to give again. */
export const applicationData: PersonalDataSource = {
  label: "Bewerbungen um freie Plätze",
  async find(db, email) {
    const rows = await db
      .select({ a: applications, format: formats.title })
      .from(applications)
      .innerJoin(formats, eq(formats.id, applications.formatId))
      .where(applicationOf(email))
      .orderBy(applications.id);
    return rows.map(({ a, format }) => ({
      Fortbildung: format,
      Name: a.name,
      "E-Mail": a.email,
      Kommune: a.municipalityName,
      Funktion: a.jobTitle,
      "Jahre Erfahrung": String(a.yearsOfExperience),
      Arbeitsfeld: a.perspective,
      Motivation: a.motivation,
      "Tandem-Partner:in": a.partnerName,
      Stand: statusLabels[a.status] ?? a.status,
      Begründung: a.decisionReasons.join(" "),
      "Eingegangen am": a.createdAt.toISOString(),
    }));
  },
  async erase(db, email) {
    return (await db.delete(applications).where(applicationOf(email)).returning({ id: applications.id })).length;
  },
};
