import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { attendance, registrations } from "../tables.ts";
import { listEvents, listFormats, type EventSummary } from "../queries/events.ts";

export interface CompletedPath {
  formatId: number;
  title: string;
  /** The module events the person attended completely, one per module number. */
  modules: EventSummary[];
}

/** Training paths whose every module the person attended on all of its days. */
export async function completedPaths(db: Db, programId: number, userId: number): Promise<CompletedPath[]> {
  const paths = (await listFormats(db, programId)).filter((f) => f.rule.byModule);
  if (paths.length === 0) return [];
  const events = (await listEvents(db, programId)).filter((e) => paths.some((p) => p.id === e.formatId) && !e.cancelled);
  const own = await db
    .select({ eventId: registrations.eventId, dayId: attendance.eventDayId, present: attendance.present })
    .from(registrations)
    .innerJoin(attendance, eq(attendance.registrationId, registrations.id))
    .where(and(eq(registrations.userId, userId), inArray(registrations.eventId, events.length ? events.map((e) => e.id) : [-1])));
  const complete = (e: EventSummary) => e.days.length > 0 && e.days.every((d) => own.some((o) => o.eventId === e.id && o.dayId === d.id && o.present));
  return paths.flatMap((path) => {
    const modules = Array.from({ length: path.rule.required }, (_, i) => events.find((e) => e.formatId === path.id && e.moduleNumber === i + 1 && complete(e)));
    return modules.every(Boolean) ? [{ formatId: path.id, title: path.title, modules: modules as EventSummary[] }] : [];
  });
}
