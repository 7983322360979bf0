import { inArray, sql } from "drizzle-orm";
import type { Database, Db } from "../../../db/client.ts";
import { eventDocuments } from "../tables.ts";
import { fellowProgramSlug, seatHolding } from "../reference.ts";
import type { EventSummary } from "./events.ts";

/**
 * The events page in one round trip, as a prepared statement: it is the program's most visited
 * page and is asked by every visitor, so the usual three queries (program, events, days) are one.
 */
export async function listEventsForPage(database: Database, publicOnly: boolean): Promise<EventSummary[]> {
  const seats = sql.join(
    seatHolding.map((s) => sql`${s}`),
    sql`, `,
  );
  const rows = await database.rows<Omit<EventSummary, "updatedAt"> & { updatedAt: string }>(
    publicOnly ? "k360_events_public" : "k360_events_all",
    sql`select e.id, e.title, e.format_id as "formatId", f.title as "formatTitle", f.kind as "formatKind", f.rule as "formatRule",
        e.module_number as "moduleNumber", e.municipality_id as "municipalityId", e.place, e.online_url as "onlineUrl",
        e.capacity, e.audience, e.registration_opens_on as "registrationOpensOn", e.registration_closes_on as "registrationClosesOn",
        e.description, e.speakers, e.cancelled, e.updated_at as "updatedAt",
        (select count(*)::int from program_registrations r where r.event_id = e.id and r.status in (${seats})) as "seatsTaken",
        (select count(*)::int from program_registrations r where r.event_id = e.id and r.status = 'waitlisted') as waiting,
        coalesce((select json_agg(json_build_object('id', d.id, 'date', d.date, 'startsAt', d.starts_at, 'endsAt', d.ends_at) order by d.date, d.starts_at)
          from program_event_days d where d.event_id = e.id), '[]'::json) as days
      from program_events e
      join program_formats f on f.id = e.format_id
      join program_programs p on p.id = e.program_id
      where p.slug = ${fellowProgramSlug} and (${!publicOnly} or e.audience = 'public')`,
  );
  return rows
    .map((r): EventSummary => ({ ...r, updatedAt: new Date(r.updatedAt) }))
    .sort((a, b) => (a.days[0]?.date ?? "9999").localeCompare(b.days[0]?.date ?? "9999") || a.id - b.id);
}

/** How many documents (agendas, slides, handouts) each of these events has: the past dates show their materials. */
export async function documentCounts(db: Db, eventIds: number[]): Promise<Map<number, number>> {
  if (eventIds.length === 0) return new Map();
  const rows = await db
    .select({ eventId: eventDocuments.eventId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(eventDocuments)
    .where(inArray(eventDocuments.eventId, eventIds))
    .groupBy(eventDocuments.eventId);
  return new Map(rows.map((r) => [r.eventId, r.n]));
}
