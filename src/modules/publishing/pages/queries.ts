import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { users } from "../../../platform/auth/tables.ts";
import { barrierReports } from "./tables.ts";

export type BarrierReport = typeof barrierReports.$inferSelect;

/** E-mail addresses of the platform's admins, who receive barrier reports. */
export async function adminAddresses(db: Db): Promise<string[]> {
  const rows = await db.select({ email: users.email }).from(users).where(eq(users.role, "admin")).orderBy(asc(users.id));
  return rows.map((r) => r.email);
}

/** All reports for the team: open ones first, newest first within each. */
export async function listBarrierReports(db: Db): Promise<BarrierReport[]> {
  return db
    .select()
    .from(barrierReports)
    .orderBy(sql`case when ${barrierReports.status} = 'open' then 0 else 1 end`, desc(barrierReports.createdAt), desc(barrierReports.id));
}
