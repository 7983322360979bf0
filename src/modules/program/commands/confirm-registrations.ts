import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../platform/commands.ts";
import { registrations } from "../tables.ts";

/** The team confirms every open registration of an event at once (e.g. once the rooms are booked). */
export async function confirmRegistrations(db: Db, eventId: number): Promise<CommandResult<number>> {
  const rows = await db
    .update(registrations)
    .set({ status: "confirmed", updatedAt: new Date() })
    .where(and(eq(registrations.eventId, eventId), eq(registrations.status, "registered")))
    .returning({ id: registrations.id });
  return succeeded(rows.length);
}
