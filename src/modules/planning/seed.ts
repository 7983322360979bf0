import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Progress } from "../../platform/progress.ts";
import { findMunicipality } from "../municipalities/index.ts";
import { planningAreas, planningCuts, planningIndicators } from "./tables.ts";
import { saveSeries } from "./queries.ts";
import { valueMarks } from "./reference.ts";
import type { Series } from "./rules/series.ts";
import { starterCatalogue } from "./seed/catalogue.ts";
import { demoYears, exampleLabel, exampleTown, exampleValues } from "./seed/example-town.ts";
import type { Cell } from "./seed/town-values.ts";

/** The starter catalogue of indicators, which every installation has; adds the ones missing, changes none. */
export async function seedPlanningReference(db: Db, _progress: Progress): Promise<void> {
  await db
    .insert(planningIndicators)
    .values(starterCatalogue.map((indicator) => ({ ...indicator, municipalityId: null })))
    .onConflictDoNothing();
}

/** The Fellow municipality of the demo accounts, whose workbench shows Schlotterbrück. */
const demoAgs = "05314";

const seriesOf = (cells: Cell[]): Series => ({
  values: Float64Array.from(cells, (cell) => cell.value),
  cases: Int32Array.from(cells, (cell) => cell.cases),
  marks: Uint8Array.from(cells, (cell) => valueMarks[cell.mark]),
});

/** The fictional town of Schlotterbrück in the workbench of the demo Fellow municipality; once, however often it runs. */
export async function seedPlanningDemo(db: Db, progress: Progress): Promise<void> {
  const municipality = await findMunicipality(db, demoAgs);
  if (!municipality) return;
  const existing = await db
    .select({ id: planningCuts.id })
    .from(planningCuts)
    .where(and(eq(planningCuts.municipalityId, municipality.id), eq(planningCuts.label, exampleLabel)));
  if (existing.length > 0) return;
  await seedPlanningReference(db, progress);
  const town = exampleTown();
  const table = exampleValues(demoYears);
  const indicators = await db
    .select({ id: planningIndicators.id, key: planningIndicators.key })
    .from(planningIndicators)
    .where(isNull(planningIndicators.municipalityId));
  const starterIds = new Map(indicators.map((indicator) => [indicator.key, indicator.id]));
  await db.transaction(async (tx) => {
    const [cut] = await tx
      .insert(planningCuts)
      .values({ municipalityId: municipality.id, label: exampleLabel, source: "import", crs: "EPSG:25832" })
      .returning();
    await tx.insert(planningAreas).values(
      town.areas.map((area, position) => ({
        cutId: cut!.id,
        position,
        key: area.key,
        name: area.name,
        parentKey: area.parentKey,
        geometry: area.geometry,
        display: area.display,
      })),
    );
    const series = Object.entries(table).flatMap(([period, byKey]) =>
      Object.entries(byKey).map(([key, cells]) => ({ indicatorId: starterIds.get(key)!, period, series: seriesOf(cells) })),
    );
    await saveSeries(tx, cut!.id, series);
  });
}
