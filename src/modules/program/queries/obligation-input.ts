import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { users } from "../../../platform/auth/tables.ts";
import { attendance, checkIns, cohort, events, programs, registrations, tandemMembers } from "../tables.ts";
import type { FormatKind } from "../reference.ts";
import type { ObligationInput } from "../rules/obligations.ts";
import { listEvents, listFormats, municipalityNames } from "./events.ts";

/** The municipalities of the cohort (or the one asked for) with their names and addresses. */
export async function cohortOf(db: Db, programId: number, municipalityId?: number) {
  const ids = await db
    .select({ id: cohort.municipalityId })
    .from(cohort)
    .where(and(eq(cohort.programId, programId), municipalityId ? eq(cohort.municipalityId, municipalityId) : undefined));
  return [
    ...(
      await municipalityNames(
        db,
        ids.map((r) => r.id),
      )
    ).values(),
  ];
}

async function membersOf(db: Db, programId: number, today: string) {
  const rows = await db
    .select({
      municipalityId: tandemMembers.municipalityId,
      userId: tandemMembers.userId,
      name: users.name,
      role: tandemMembers.role,
      toDate: tandemMembers.toDate,
    })
    .from(tandemMembers)
    .innerJoin(users, eq(users.id, tandemMembers.userId))
    .where(eq(tandemMembers.programId, programId));
  return rows.map((r) => ({
    municipalityId: r.municipalityId,
    userId: r.userId,
    name: r.name,
    role: r.role as "leader" | "planningSpecialist",
    current: r.toDate === null || r.toDate >= today,
  }));
}

async function attendanceIn(db: Db, programId: number) {
  return db
    .select({
      eventId: registrations.eventId,
      dayId: attendance.eventDayId,
      userId: registrations.userId,
      municipalityId: registrations.municipalityId,
      present: attendance.present,
    })
    .from(attendance)
    .innerJoin(registrations, eq(registrations.id, attendance.registrationId))
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(events.programId, programId));
}

/** Loads what computeObligations needs for the whole cohort, or for one municipality. */
export async function loadObligationInput(db: Db, programId: number, today: string, municipalityId?: number): Promise<ObligationInput> {
  const [program] = await db.select().from(programs).where(eq(programs.id, programId));
  const formatRows = await listFormats(db, programId);
  const eventRows = await listEvents(db, programId);
  return {
    today,
    programEndsOn: program.endsOn,
    formats: formatRows.map((f) => ({ id: f.id, title: f.title, kind: f.kind as FormatKind, rule: f.rule })),
    events: eventRows.map((e) => ({
      id: e.id,
      formatId: e.formatId,
      moduleNumber: e.moduleNumber,
      municipalityId: e.municipalityId,
      cancelled: e.cancelled,
      days: e.days,
    })),
    municipalities: await cohortOf(db, programId, municipalityId),
    members: await membersOf(db, programId, today),
    attendance: await attendanceIn(db, programId),
    checkIns: await db.select({ municipalityId: checkIns.municipalityId, heldOn: checkIns.heldOn }).from(checkIns).where(eq(checkIns.programId, programId)),
  };
}
