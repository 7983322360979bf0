import { and, eq, lt } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Task } from "../../platform/tasks.ts";
import { registrations } from "./tables.ts";
import { pendingSince } from "./queries/registrations.ts";

/** Data protection: a visitor's registration not confirmed in time has lapsed; its name and address are deleted. Returns how many. */
export async function deleteLapsedRegistrations(db: Db, now = new Date()): Promise<number> {
  const rows = await db
    .delete(registrations)
    .where(and(eq(registrations.status, "pending"), lt(registrations.createdAt, pendingSince(now))))
    .returning({ id: registrations.id });
  return rows.length;
}

/** The program's background work: deleting lapsed registrations once an hour. */
export const programTasks: Task[] = [
  {
    name: "termine-verfallene-anmeldungen-loeschen",
    everySeconds: 60 * 60,
    async run(app) {
      await deleteLapsedRegistrations(app.deps.database.db);
    },
  },
];
