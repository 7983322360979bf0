import { and, asc, desc, eq, inArray, isNull, or, sql, type SQLWrapper } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { planningAreas, planningCuts, planningEditors, planningIndicators, planningSeries } from "./tables.ts";
import { decodeSeries, emptySeries, encodeSeries, widen, type Series } from "./rules/series.ts";
import type { PlanningOwner } from "./policies.ts";

/** The municipality's planning owner: its id and the members its leader allowed to edit. */
export async function planningOwner(db: Db, municipalityId: number): Promise<PlanningOwner> {
  const rows = await db.select({ userId: planningEditors.userId }).from(planningEditors).where(eq(planningEditors.municipalityId, municipalityId));
  return { id: municipalityId, editorIds: rows.map((r) => r.userId) };
}

/** The cut in use (the newest not replaced), or null before any areas exist. */
export async function currentCut(db: Db, municipalityId: number) {
  const rows = await db
    .select()
    .from(planningCuts)
    .where(and(eq(planningCuts.municipalityId, municipalityId), isNull(planningCuts.replacedAt)))
    .orderBy(desc(planningCuts.id))
    .limit(1);
  return rows[0] ?? null;
}

/** Every cut of a municipality, newest first (the history of its area layouts). */
export async function cutsOf(db: Db, municipalityId: number) {
  return db.select().from(planningCuts).where(eq(planningCuts.municipalityId, municipalityId)).orderBy(desc(planningCuts.id));
}

export async function findCut(db: Db, municipalityId: number, cutId: number) {
  const rows = await db
    .select()
    .from(planningCuts)
    .where(and(eq(planningCuts.municipalityId, municipalityId), eq(planningCuts.id, cutId)))
    .limit(1);
  return rows[0] ?? null;
}

export type Area = typeof planningAreas.$inferSelect;

/** The areas of a cut in the order of their positions (the order of every series). */
export async function areasOf(db: Db, cutId: number): Promise<Area[]> {
  return db.select().from(planningAreas).where(eq(planningAreas.cutId, cutId)).orderBy(asc(planningAreas.position));
}

/** The number of positions a cut's series have: one more than the highest position. */
export const seriesLength = (areas: Area[]) => areas.reduce((max, area) => Math.max(max, area.position + 1), 0);

export type Indicator = typeof planningIndicators.$inferSelect;

/** The starter catalogue and the municipality's own indicators, by name. */
export async function indicatorsFor(db: Db, municipalityId: number): Promise<Indicator[]> {
  return db
    .select()
    .from(planningIndicators)
    .where(or(isNull(planningIndicators.municipalityId), eq(planningIndicators.municipalityId, municipalityId)))
    .orderBy(asc(planningIndicators.name));
}

/** The periods with values in a cut, oldest first. */
export async function periodsOf(db: Db, cutId: number): Promise<string[]> {
  const rows = await db.selectDistinct({ period: planningSeries.period }).from(planningSeries).where(eq(planningSeries.cutId, cutId));
  return rows.map((r) => r.period).sort();
}

/** Series keyed `${indicatorId}|${period}`, each as long as the cut's positions (missing ones empty). */
export async function loadSeries(db: Db, cutId: number, length: number, indicatorIds: number[], periods: string[]): Promise<Map<string, Series>> {
  const found = new Map<string, Series>();
  if (indicatorIds.length === 0 || periods.length === 0) return found;
  // The byte strings travel as base64: a third smaller than bytea's hex text, which matters for the 13 MB of a large analysis on PostgreSQL.
  const base64 = (column: SQLWrapper) => sql<string>`encode(${column}, 'base64')`;
  const rows = await db
    .select({
      indicatorId: planningSeries.indicatorId,
      period: planningSeries.period,
      values: base64(planningSeries.values),
      cases: base64(planningSeries.cases),
      marks: base64(planningSeries.marks),
    })
    .from(planningSeries)
    .where(and(eq(planningSeries.cutId, cutId), inArray(planningSeries.indicatorId, indicatorIds), inArray(planningSeries.period, periods)));
  const bytes = (text: string) => Buffer.from(text, "base64");
  for (const row of rows)
    found.set(
      seriesKey(row.indicatorId, row.period),
      widen(decodeSeries({ values: bytes(row.values), cases: bytes(row.cases), marks: bytes(row.marks) }), length),
    );
  for (const id of indicatorIds) for (const period of periods) if (!found.has(seriesKey(id, period))) found.set(seriesKey(id, period), emptySeries(length));
  return found;
}

export const seriesKey = (indicatorId: number, period: string) => `${indicatorId}|${period}`;

/** Writes whole series (an import, the demo), replacing what a cut had for the same indicator and period. */
export async function saveSeries(db: Db, cutId: number, series: { indicatorId: number; period: string; series: Series }[]): Promise<void> {
  const batch = 200;
  for (let start = 0; start < series.length; start += batch) {
    const rows = series
      .slice(start, start + batch)
      .map((s) => ({ cutId, indicatorId: s.indicatorId, period: s.period, ...encodeSeries(s.series), updatedAt: new Date() }));
    await db
      .insert(planningSeries)
      .values(rows)
      .onConflictDoUpdate({
        target: [planningSeries.cutId, planningSeries.indicatorId, planningSeries.period],
        set: { values: sql`excluded.values`, cases: sql`excluded.cases`, marks: sql`excluded.marks`, updatedAt: sql`excluded.updated_at` },
      });
  }
}
