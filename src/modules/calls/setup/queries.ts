import { and, asc, count, desc, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { callApplications, callReviews, calls } from "../tables.ts";
import type { Call } from "../queries.ts";

export type TeamCallRow = Call & { submitted: number };

/** Every call for the team, newest first, with the number of submitted applications. */
export async function listCallsForTeam(db: Db): Promise<TeamCallRow[]> {
  const submitted = sql<number>`count(${callApplications.id}) filter (where ${callApplications.status} = 'submitted')`.mapWith(Number);
  const rows = await db
    .select({ call: calls, submitted })
    .from(calls)
    .leftJoin(callApplications, eq(callApplications.callId, calls.id))
    .groupBy(calls.id)
    .orderBy(desc(calls.deadline), desc(calls.id));
  return rows.map((row) => ({ ...row.call, submitted: row.submitted }));
}

/** Published calls for the public: open ones first, then decided ones; within each, by deadline. */
export async function listPublishedCalls(db: Db): Promise<Call[]> {
  return db
    .select()
    .from(calls)
    .where(ne(calls.status, "draft"))
    .orderBy(sql`${calls.status} = 'open' desc`, asc(calls.deadline));
}

/** Whether another call already has this address. */
export async function slugTaken(db: Db, slug: string, exceptId: number | null): Promise<boolean> {
  const rows = await db
    .select({ id: calls.id })
    .from(calls)
    .where(exceptId === null ? eq(calls.slug, slug) : and(eq(calls.slug, slug), ne(calls.id, exceptId)));
  return rows.length > 0;
}

/** How many applications (drafts included) a call has. */
export async function countApplications(db: Db, callId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(callApplications).where(eq(callApplications.callId, callId));
  return row.n;
}

/** Whether any application of the call has a review. */
export async function hasReviews(db: Db, callId: number): Promise<boolean> {
  const rows = await db
    .select({ id: callReviews.applicationId })
    .from(callReviews)
    .innerJoin(callApplications, eq(callApplications.id, callReviews.applicationId))
    .where(eq(callApplications.callId, callId))
    .limit(1);
  return rows.length > 0;
}
