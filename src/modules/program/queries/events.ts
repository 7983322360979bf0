import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { listMunicipalitiesByIds } from "../../municipalities/index.ts";
import { attendance, cohort, eventDays, events, formats, programs, registrations, tandemMembers } from "../tables.ts";
import { fellowProgramSlug, seatHolding, type Audience, type RegistrationStatus } from "../reference.ts";
import type { FormatKind, FormatRule } from "../reference.ts";

export async function currentProgram(db: Db) {
  const [program] = await db.select().from(programs).where(eq(programs.slug, fellowProgramSlug));
  return program ?? null;
}

/** The program a municipality takes part in: the newest one whose cohort holds it, else the current program. */
export async function programOf(db: Db, municipalityId: number | null) {
  if (municipalityId !== null) {
    const [own] = await db
      .select({ program: programs })
      .from(programs)
      .innerJoin(cohort, and(eq(cohort.programId, programs.id), eq(cohort.municipalityId, municipalityId)))
      .orderBy(desc(programs.startsOn), desc(programs.id))
      .limit(1);
    if (own) return own.program;
  }
  return currentProgram(db);
}

export interface EventDay {
  id: number;
  date: string;
  startsAt: string | null;
  endsAt: string | null;
}

export interface EventSummary {
  id: number;
  title: string;
  formatId: number;
  formatTitle: string;
  formatKind: FormatKind;
  formatRule: FormatRule;
  moduleNumber: number | null;
  municipalityId: number | null;
  place: string;
  onlineUrl: string;
  capacity: number | null;
  audience: Audience;
  registrationOpensOn: string | null;
  registrationClosesOn: string | null;
  description: string;
  speakers: string;
  cancelled: boolean;
  updatedAt: Date;
  days: EventDay[];
  seatsTaken: number;
  waiting: number;
}

/** Events with their days and seat counts, in date order; `publicOnly` for visitors who are not logged in. */
export async function listEvents(db: Db, programId: number, options: { publicOnly?: boolean; ids?: number[] } = {}): Promise<EventSummary[]> {
  const where = [eq(events.programId, programId)];
  if (options.publicOnly) where.push(eq(events.audience, "public"));
  if (options.ids) where.push(inArray(events.id, options.ids.length ? options.ids : [-1]));
  const rows = await db
    .select({
      event: events,
      formatTitle: formats.title,
      formatKind: formats.kind,
      formatRule: formats.rule,
      seatsTaken: sql<number>`(select count(*) from ${registrations} r where r.event_id = ${events.id} and r.status in (${sql.join(
        seatHolding.map((s) => sql`${s}`),
        sql`, `,
      )}))`.mapWith(Number),
      waiting: sql<number>`(select count(*) from ${registrations} r where r.event_id = ${events.id} and r.status = 'waitlisted')`.mapWith(Number),
    })
    .from(events)
    .innerJoin(formats, eq(formats.id, events.formatId))
    .where(and(...where));
  const days = rows.length
    ? await db
        .select()
        .from(eventDays)
        .where(
          inArray(
            eventDays.eventId,
            rows.map((r) => r.event.id),
          ),
        )
        .orderBy(asc(eventDays.date), asc(eventDays.startsAt))
    : [];
  return rows
    .map(({ event, ...r }) => ({
      ...event,
      audience: event.audience as Audience,
      formatTitle: r.formatTitle,
      formatKind: r.formatKind as FormatKind,
      formatRule: r.formatRule,
      seatsTaken: r.seatsTaken,
      waiting: r.waiting,
      days: days.filter((d) => d.eventId === event.id).map(({ id, date, startsAt, endsAt }) => ({ id, date, startsAt, endsAt })),
    }))
    .sort((a, b) => (a.days[0]?.date ?? "9999").localeCompare(b.days[0]?.date ?? "9999") || a.id - b.id);
}

export async function findEvent(db: Db, programId: number, id: number): Promise<EventSummary | null> {
  return (await listEvents(db, programId, { ids: [id] }))[0] ?? null;
}

export async function listFormats(db: Db, programId: number) {
  return db.select().from(formats).where(eq(formats.programId, programId)).orderBy(asc(formats.position));
}

export interface RegistrationRow {
  id: number;
  eventId: number;
  userId: number | null;
  municipalityId: number | null;
  municipalityName: string | null;
  name: string;
  email: string;
  status: RegistrationStatus;
  createdAt: Date;
}

export async function listRegistrations(db: Db, eventId: number): Promise<RegistrationRow[]> {
  const rows = await db
    .select({
      id: registrations.id,
      eventId: registrations.eventId,
      userId: registrations.userId,
      municipalityId: registrations.municipalityId,
      name: registrations.name,
      email: registrations.email,
      status: registrations.status,
      createdAt: registrations.createdAt,
    })
    .from(registrations)
    .where(eq(registrations.eventId, eventId))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  const names = await municipalityNames(
    db,
    rows.map((r) => r.municipalityId),
  );
  return rows.map((r) => ({
    ...r,
    municipalityName: r.municipalityId === null ? null : (names.get(r.municipalityId)?.name ?? null),
    status: r.status as RegistrationStatus,
  }));
}

export async function attendanceOf(db: Db, eventId: number) {
  return db
    .select({ registrationId: attendance.registrationId, eventDayId: attendance.eventDayId, present: attendance.present })
    .from(attendance)
    .innerJoin(registrations, eq(registrations.id, attendance.registrationId))
    .where(eq(registrations.eventId, eventId));
}

export async function registrationsOfUser(db: Db, userId: number) {
  return db
    .select({ eventId: registrations.eventId, id: registrations.id, status: registrations.status })
    .from(registrations)
    .where(eq(registrations.userId, userId));
}

/** The tandem seats a user holds now, if any. */
export async function tandemOf(db: Db, programId: number, userId: number, today: string) {
  return db
    .select({ municipalityId: tandemMembers.municipalityId, role: tandemMembers.role })
    .from(tandemMembers)
    .where(
      and(eq(tandemMembers.programId, programId), eq(tandemMembers.userId, userId), or(isNull(tandemMembers.toDate), sql`${tandemMembers.toDate} >= ${today}`)),
    );
}

export async function isCohortMember(db: Db, programId: number, municipalityId: number | null): Promise<boolean> {
  if (municipalityId === null) return false;
  return (
    (
      await db
        .select()
        .from(cohort)
        .where(and(eq(cohort.programId, programId), eq(cohort.municipalityId, municipalityId)))
    ).length > 0
  );
}

/** Names and addresses of municipalities, from the municipalities module, by id. */
export async function municipalityNames(db: Db, ids: (number | null)[]) {
  const known = [...new Set(ids.filter((id): id is number => id !== null))];
  return new Map((await listMunicipalitiesByIds(db, known)).map((m) => [m.id, m]));
}

export async function cohortMunicipalityIds(db: Db, programId: number): Promise<number[]> {
  return (await db.select({ id: cohort.municipalityId }).from(cohort).where(eq(cohort.programId, programId))).map((r) => r.id);
}
