import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { attendance, registrations } from "../tables.ts";
import { seatHolding, type RegistrationStatus } from "../reference.ts";
import type { EventSummary } from "../queries/events.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { attendanceTexts } from "../texts.ts";

/**
 * Marks one day of an event for the whole list at once: ticked people present, everyone else with a
 * seat absent. When every day is marked, a registration becomes "attended" or "no-show".
 */
export async function markAttendance(
  db: Db,
  event: EventSummary,
  dayId: number,
  presentIds: number[],
  markedBy: number,
  today: string,
): Promise<CommandResult<number>> {
  const day = event.days.find((d) => d.id === dayId);
  if (!day) return refusedForm(attendanceTexts.otherDay);
  if (day.date > today) return refusedForm(attendanceTexts.tooEarly);
  return db.transaction(async (tx) => {
    const list = await tx
      .select({ id: registrations.id, status: registrations.status })
      .from(registrations)
      .where(and(eq(registrations.eventId, event.id), inArray(registrations.status, [...seatHolding])));
    const ids = new Set(list.map((r) => r.id));
    if (presentIds.some((id) => !ids.has(id))) return refusedForm<number>(attendanceTexts.listChanged);
    for (const row of list) {
      const present = presentIds.includes(row.id);
      await tx
        .insert(attendance)
        .values({ registrationId: row.id, eventDayId: dayId, present, markedBy, markedAt: new Date() })
        .onConflictDoUpdate({ target: [attendance.registrationId, attendance.eventDayId], set: { present, markedBy, markedAt: new Date() } });
    }
    const marks = list.length
      ? await tx
          .select()
          .from(attendance)
          .where(
            inArray(
              attendance.registrationId,
              list.map((r) => r.id),
            ),
          )
      : [];
    for (const row of list) {
      const mine = marks.filter((m) => m.registrationId === row.id);
      if (mine.length < event.days.length) continue;
      const status: RegistrationStatus = mine.some((m) => m.present) ? "attended" : "noShow";
      if (status !== row.status) await tx.update(registrations).set({ status, updatedAt: new Date() }).where(eq(registrations.id, row.id));
    }
    return succeeded(list.length);
  });
}
