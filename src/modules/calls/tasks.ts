import { and, inArray, isNull, ne } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Task } from "../../platform/tasks.ts";
import { callApplications, calls } from "./tables.ts";
import { deletionDue } from "./setup/rules/retention.ts";

/**
 * Data protection: once a call's retention has run out (counted from the decision, or from the
 * deadline if none was made), its applications go, and with them their tandems and reviews.
 * Returns the ids of the calls purged.
 */
export async function purgeExpiredApplications(db: Db, now = new Date()): Promise<number[]> {
  const candidates = await db
    .select({ id: calls.id, decidedAt: calls.decidedAt, deadline: calls.deadline, retentionMonths: calls.retentionMonths })
    .from(calls)
    .where(and(isNull(calls.purgedAt), ne(calls.status, "draft")));
  const expired = candidates.filter((call) => deletionDue(call).getTime() <= now.getTime()).map((call) => call.id);
  if (expired.length === 0) return [];
  await db.transaction(async (tx) => {
    await tx.delete(callApplications).where(inArray(callApplications.callId, expired));
    await tx.update(calls).set({ purgedAt: now }).where(inArray(calls.id, expired));
  });
  return expired;
}

/** The calls' background work: deleting expired applications once an hour. */
export const callTasks: Task[] = [
  {
    name: "ausschreibungen-abgelaufene-bewerbungen-loeschen",
    everySeconds: 60 * 60,
    async run(app) {
      await purgeExpiredApplications(app.deps.database.db);
    },
  },
];
