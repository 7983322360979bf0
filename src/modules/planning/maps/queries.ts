import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { formatNumber } from "../../../platform/numbers.ts";
import { areasOf, currentCut, indicatorsFor, loadSeries, periodsOf, seriesKey, seriesLength, type Area, type Indicator } from "../queries.ts";
import { protect, type ProtectedCell } from "../rules/protection.ts";
import { planningPublications } from "../tables.ts";
import { formatWithUnit } from "./rules/value-text.ts";
import { protectionRuleFor } from "../rules/protection.ts";
import type { ProfileIndicator } from "./rules/profile.ts";
import type { PublicationSettings } from "./schemas.ts";

/** What every page of this feature starts from: the current cut, its areas, the catalogue and the periods with values. */
export interface PlanningBasis {
  cut: { id: number; label: string };
  areas: Area[];
  length: number;
  indicators: Indicator[];
  periods: string[];
}

export async function planningBasis(db: Db, municipalityId: number): Promise<PlanningBasis | null> {
  const cut = await currentCut(db, municipalityId);
  if (!cut) return null;
  const [areas, indicators, periods] = await Promise.all([areasOf(db, cut.id), indicatorsFor(db, municipalityId), periodsOf(db, cut.id)]);
  return { cut, areas, length: seriesLength(areas), indicators, periods };
}

/** The protected cells of indicators × periods, keyed like loadSeries (`${indicatorId}|${period}`). */
export async function protectedCells(db: Db, basis: PlanningBasis, indicators: Indicator[], periods: string[]): Promise<Map<string, ProtectedCell[]>> {
  const series = await loadSeries(
    db,
    basis.cut.id,
    basis.length,
    indicators.map((i) => i.id),
    periods,
  );
  const cells = new Map<string, ProtectedCell[]>();
  for (const indicator of indicators) {
    const rule = protectionRuleFor(indicator, basis.areas);
    for (const period of periods) cells.set(seriesKey(indicator.id, period), protect(series.get(seriesKey(indicator.id, period))!, basis.length, rule).cells);
  }
  return cells;
}

/** A value for the pages: its number with unit (visible values only). */
export const valueText = (value: number, unit: string) => formatWithUnit(value, unit, formatNumber);

/** The period before `period` among those with values, or null. */
export const previousPeriod = (periods: string[], period: string) => {
  const index = periods.indexOf(period);
  return index > 0 ? periods[index - 1]! : null;
};

export type Publication = Omit<typeof planningPublications.$inferSelect, "settings"> & { settings: PublicationSettings };

export async function publicationsOf(db: Db, municipalityId: number): Promise<Publication[]> {
  const rows = await db
    .select()
    .from(planningPublications)
    .where(eq(planningPublications.municipalityId, municipalityId))
    .orderBy(desc(planningPublications.publishedAt));
  return rows as Publication[];
}

export async function findPublication(db: Db, municipalityId: number, id: number): Promise<Publication | null> {
  const rows = await db
    .select()
    .from(planningPublications)
    .where(and(eq(planningPublications.municipalityId, municipalityId), eq(planningPublications.id, id)))
    .limit(1);
  return (rows[0] as Publication | undefined) ?? null;
}

/** Every indicator of the catalogue with its protected cells in `period` and the period before, for profiles. */
export async function profileIndicators(db: Db, basis: PlanningBasis, period: string): Promise<{ previous: string | null; indicators: ProfileIndicator[] }> {
  const previous = previousPeriod(basis.periods, period);
  const periods = previous ? [period, previous] : [period];
  const cells = await protectedCells(db, basis, basis.indicators, periods);
  const indicators = basis.indicators.map((indicator) => ({
    key: indicator.key,
    name: indicator.name,
    unit: indicator.unit,
    polarity: indicator.polarity,
    current: cells.get(seriesKey(indicator.id, period))!,
    previous: previous ? cells.get(seriesKey(indicator.id, previous))! : null,
  }));
  return { previous, indicators };
}

/** What a published indicator map shows now: the current cut's areas and the protected cells, or null when its values are gone. */
export async function publishedMapData(db: Db, municipalityId: number, settings: Extract<PublicationSettings, { kind: "indicator" }>) {
  const basis = await planningBasis(db, municipalityId);
  const indicator = basis?.indicators.find((i) => i.key === settings.indicatorKey);
  if (!basis || !indicator || !basis.periods.includes(settings.period)) return null;
  const cells = await protectedCells(db, basis, [indicator], [settings.period]);
  return { areas: basis.areas, cells: cells.get(seriesKey(indicator.id, settings.period))!, indicator, period: settings.period };
}
