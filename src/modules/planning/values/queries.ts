import { and, desc, eq, isNotNull, lt } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { planningAreas, planningCuts, planningImports, planningMappings, planningUploads } from "../tables.ts";
import { areasOf, currentCut, indicatorsFor, seriesLength } from "../queries.ts";
import type { ImportContext } from "./rules/collect.ts";
import type { Mapping } from "./rules/mapping.ts";

/** What a value file is checked against; null when the municipality has no planning areas yet. */
export async function importContext(db: Db, municipalityId: number): Promise<{ cutId: number; context: ImportContext } | null> {
  const cut = await currentCut(db, municipalityId);
  if (!cut) return null;
  const areas = await areasOf(db, cut.id);
  const current = new Map(areas.map((area) => [area.key, area.position]));
  const older = await db
    .selectDistinct({ key: planningAreas.key })
    .from(planningAreas)
    .innerJoin(planningCuts, eq(planningCuts.id, planningAreas.cutId))
    .where(and(eq(planningCuts.municipalityId, municipalityId), isNotNull(planningCuts.replacedAt)));
  const indicators = await indicatorsFor(db, municipalityId);
  // A municipality's own indicator wins over a starter one with the same key.
  const byKey = new Map<string, number>();
  for (const indicator of indicators) if (!byKey.has(indicator.key) || indicator.municipalityId !== null) byKey.set(indicator.key, indicator.id);
  return {
    cutId: cut.id,
    context: {
      areas: current,
      length: seriesLength(areas),
      oldKeys: new Set(older.map((row) => row.key).filter((key) => !current.has(key))),
      indicators: byKey,
    },
  };
}

export interface SavedMapping {
  name: string;
  mapping: Mapping;
}

export async function mappingsOf(db: Db, municipalityId: number): Promise<SavedMapping[]> {
  const rows = await db.select().from(planningMappings).where(eq(planningMappings.municipalityId, municipalityId)).orderBy(planningMappings.name);
  return rows.map((row) => ({ name: row.name, mapping: row.mapping as Mapping }));
}

export async function findMapping(db: Db, municipalityId: number, name: string): Promise<Mapping | null> {
  const rows = await db
    .select()
    .from(planningMappings)
    .where(and(eq(planningMappings.municipalityId, municipalityId), eq(planningMappings.name, name)))
    .limit(1);
  return (rows[0]?.mapping as Mapping | undefined) ?? null;
}

export type ValueImport = typeof planningImports.$inferSelect;

export async function recentImports(db: Db, municipalityId: number, limit = 10): Promise<ValueImport[]> {
  return db.select().from(planningImports).where(eq(planningImports.municipalityId, municipalityId)).orderBy(desc(planningImports.id)).limit(limit);
}

export async function findImport(db: Db, municipalityId: number, id: number): Promise<ValueImport | null> {
  const rows = await db
    .select()
    .from(planningImports)
    .where(and(eq(planningImports.municipalityId, municipalityId), eq(planningImports.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findUpload(db: Db, municipalityId: number, id: number) {
  const rows = await db
    .select()
    .from(planningUploads)
    .where(and(eq(planningUploads.municipalityId, municipalityId), eq(planningUploads.id, id)))
    .limit(1);
  return rows[0] ?? null;
}

/** Uploads older than a day are left over from a mapping step nobody finished. */
export const staleUploads = () => lt(planningUploads.createdAt, new Date(Date.now() - 24 * 60 * 60 * 1000));
