import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { planningAreas, planningCuts } from "../tables.ts";

/** One area of the municipality, with its cut (whether it is current, and where it came from). */
export async function findArea(db: Db, municipalityId: number, areaId: number) {
  const rows = await db
    .select({ area: planningAreas, cut: planningCuts })
    .from(planningAreas)
    .innerJoin(planningCuts, eq(planningAreas.cutId, planningCuts.id))
    .where(and(eq(planningAreas.id, areaId), eq(planningCuts.municipalityId, municipalityId)))
    .limit(1);
  return rows[0] ?? null;
}

/** The number of areas of each of these cuts. */
export async function areaCounts(db: Db, cutIds: number[]): Promise<Map<number, number>> {
  if (cutIds.length === 0) return new Map();
  const rows = await db
    .select({ cutId: planningAreas.cutId, count: sql<number>`count(*)::int` })
    .from(planningAreas)
    .where(inArray(planningAreas.cutId, cutIds))
    .groupBy(planningAreas.cutId);
  return new Map(rows.map((row) => [row.cutId, Number(row.count)]));
}
