import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../platform/commands.ts";
import type { FieldErrors } from "../../../platform/forms.ts";
import { eventDays, events, formats, registrations } from "../tables.ts";
import { seatHolding } from "../reference.ts";
import { isCohortMember, listEvents } from "../queries/events.ts";
import { readDays, type DayInput } from "../rules/event-form.ts";
import { wholeNumber } from "../rules/numbers.ts";
import type { EventInput } from "../schemas.ts";
import { eventFormTexts } from "../texts.ts";

type Format = typeof formats.$inferSelect;
const germanDay = (iso: string) => iso.split("-").reverse().join(".");

/** Module n of a training path must lie after module n-1 and before module n+1. */
async function moduleOrderProblem(db: Db, format: Format, eventId: number | null, count: number, days: DayInput[]): Promise<string | null> {
  const others = (await listEvents(db, format.programId)).filter(
    (e) => e.formatId === format.id && e.id !== eventId && !e.cancelled && e.moduleNumber !== null && e.days.length,
  );
  const datesOf = (list: typeof others) => list.flatMap((e) => e.days.map((d) => d.date)).sort();
  const latestBefore = datesOf(others.filter((e) => e.moduleNumber! < count)).at(-1);
  const earliestAfter = datesOf(others.filter((e) => e.moduleNumber! > count))[0];
  if (latestBefore && days[0].date <= latestBefore) return eventFormTexts.moduleAfter(count, germanDay(latestBefore));
  if (earliestAfter && days.at(-1)!.date >= earliestAfter) return eventFormTexts.moduleBefore(count, germanDay(earliestAfter));
  return null;
}

/** What only the database can tell: the format and its modules, the cohort, the registrations already taken. */
async function databaseProblems(db: Db, format: Format | undefined, eventId: number | null, input: EventInput): Promise<FieldErrors> {
  const errors: FieldErrors = {};
  if (!format) return { formatId: eventFormTexts.unknownFormat };
  const moduleNumber = wholeNumber(input.moduleNumber, 1, format.rule.byModule ? format.rule.required : 0);
  if (format.rule.byModule && !moduleNumber) errors.moduleNumber = eventFormTexts.moduleNumber(format.rule.required);
  else if (!format.rule.byModule && input.moduleNumber) errors.moduleNumber = eventFormTexts.onlyPathsHaveModules;
  if (input.municipalityId && !(await isCohortMember(db, format.programId, input.municipalityId))) errors.municipalityId = eventFormTexts.notInCohort;
  const capacity = wholeNumber(input.capacity, 1, 10000);
  if (eventId !== null && capacity) {
    const [taken] = await db
      .select({ n: sql<number>`count(*)`.mapWith(Number) })
      .from(registrations)
      .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, [...seatHolding])));
    if (taken.n > capacity) errors.capacity = eventFormTexts.belowTaken(taken.n);
  }
  if (moduleNumber && Object.keys(errors).length === 0) {
    const problem = await moduleOrderProblem(db, format, eventId, moduleNumber, readDays(input, {}));
    if (problem) errors.d0_date = problem;
  }
  return errors;
}

async function writeEvent(db: Db, eventId: number | null, values: typeof events.$inferInsert, days: DayInput[]): Promise<number> {
  return db.transaction(async (tx) => {
    const id = eventId ?? (await tx.insert(events).values(values).returning({ id: events.id }))[0].id;
    if (eventId !== null) await tx.update(events).set(values).where(eq(events.id, id));
    const existing = await tx.select().from(eventDays).where(eq(eventDays.eventId, id));
    const keep = new Set<number>();
    for (const day of days) {
      const same = existing.find((e) => e.date === day.date);
      if (same) {
        keep.add(same.id);
        await tx.update(eventDays).set(day).where(eq(eventDays.id, same.id));
      } else await tx.insert(eventDays).values({ ...day, eventId: id });
    }
    const gone = existing.filter((e) => !keep.has(e.id)).map((e) => e.id);
    if (gone.length) await tx.delete(eventDays).where(inArray(eventDays.id, gone));
    return id;
  });
}

/** Creates or changes an event (its form checked by eventFormProblems) against the format's rules and the registrations it already has. */
export async function saveEvent(db: Db, programId: number, eventId: number | null, input: EventInput): Promise<CommandResult<number>> {
  const [format] = await db
    .select()
    .from(formats)
    .where(and(eq(formats.id, input.formatId), eq(formats.programId, programId)));
  const errors = await databaseProblems(db, format, eventId, input);
  if (Object.keys(errors).length) return refused(errors);
  const values = {
    programId,
    formatId: format.id,
    title: input.title,
    moduleNumber: wholeNumber(input.moduleNumber, 1, 1000),
    municipalityId: input.municipalityId || null,
    place: input.place ?? "",
    onlineUrl: input.onlineUrl ?? "",
    capacity: wholeNumber(input.capacity, 1, 10000),
    audience: input.audience,
    registrationOpensOn: input.registrationOpensOn || null,
    registrationClosesOn: input.registrationClosesOn || null,
    description: input.description ?? "",
    speakers: input.speakers ?? "",
    cancelled: input.cancelled === true,
    updatedAt: new Date(),
  };
  return succeeded(await writeEvent(db, eventId, values, readDays(input, {})));
}
