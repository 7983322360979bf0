import { and, eq, getTableColumns } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { callApplications, calls, callTandems } from "./tables.ts";

export type Call = typeof calls.$inferSelect;
/** An application's columns without the letter's bytes (up to 10 MB), which only the download reads. */
const { letter: _letter, ...applicationColumns } = getTableColumns(callApplications);
export { applicationColumns };
export type CallApplication = Omit<typeof callApplications.$inferSelect, "letter">;
export type CallTandemMember = typeof callTandems.$inferSelect;

export async function findCall(db: Db, id: number): Promise<Call | null> {
  return (await db.select().from(calls).where(eq(calls.id, id)))[0] ?? null;
}

export async function findCallBySlug(db: Db, slug: string): Promise<Call | null> {
  return (await db.select().from(calls).where(eq(calls.slug, slug)))[0] ?? null;
}

/** A call takes applications while it is published and its deadline has not passed. */
export function isOpenForApplications(call: Call, now: Date = new Date()): boolean {
  return call.status === "open" && now.getTime() < call.deadline.getTime();
}

/** A call is visible to the public once published (open or decided). */
export function isPublished(call: Call): boolean {
  return call.status !== "draft";
}

export async function applicationOfMunicipality(db: Db, callId: number, municipalityId: number): Promise<CallApplication | null> {
  const rows = await db
    .select(applicationColumns)
    .from(callApplications)
    .where(and(eq(callApplications.callId, callId), eq(callApplications.municipalityId, municipalityId)));
  return rows[0] ?? null;
}

export async function tandemOfApplication(db: Db, applicationId: number): Promise<CallTandemMember[]> {
  return db.select().from(callTandems).where(eq(callTandems.applicationId, applicationId)).orderBy(callTandems.role);
}
