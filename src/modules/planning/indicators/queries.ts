import { and, eq, isNull, or } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { planningIndicators, planningSeries } from "../tables.ts";

/** For each indicator, the periods with values in a cut, oldest first. */
export async function periodsByIndicator(db: Db, cutId: number): Promise<Map<number, string[]>> {
  const rows = await db
    .selectDistinct({ indicatorId: planningSeries.indicatorId, period: planningSeries.period })
    .from(planningSeries)
    .where(eq(planningSeries.cutId, cutId));
  const periods = new Map<number, string[]>();
  for (const row of rows) periods.set(row.indicatorId, [...(periods.get(row.indicatorId) ?? []), row.period]);
  for (const list of periods.values()) list.sort();
  return periods;
}

/** An indicator of the starter catalogue or of this municipality; another municipality's is not found here. */
export async function findIndicator(db: Db, municipalityId: number, id: number) {
  const rows = await db
    .select()
    .from(planningIndicators)
    .where(and(eq(planningIndicators.id, id), or(isNull(planningIndicators.municipalityId), eq(planningIndicators.municipalityId, municipalityId))));
  return rows[0] ?? null;
}

/** Where a key is already in use for this municipality: in the starter catalogue, among its own indicators, or nowhere. */
export async function keyInUse(db: Db, municipalityId: number, key: string): Promise<"catalogue" | "own" | null> {
  const rows = await db
    .select({ municipalityId: planningIndicators.municipalityId })
    .from(planningIndicators)
    .where(and(eq(planningIndicators.key, key), or(isNull(planningIndicators.municipalityId), eq(planningIndicators.municipalityId, municipalityId))));
  if (rows.some((row) => row.municipalityId === null)) return "catalogue";
  return rows.length > 0 ? "own" : null;
}
