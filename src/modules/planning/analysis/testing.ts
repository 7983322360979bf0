/** Test-data builders of the analysis for tests and the benchmark (through the module's testing.ts), and its route cases. */
import type { Db } from "../../../db/client.ts";
import { bonnMembers, loggedIn, type RouteCases } from "../../../platform/route-cases.ts";
import { planningAreas, planningCuts, planningIndicators } from "../tables.ts";
import { saveSeries } from "../queries.ts";
import { valueMarks } from "../reference.ts";
import { emptySeries, type Series } from "../rules/series.ts";

export { runAnalysis, type AnalysisSettings } from "./queries.ts";
export { computeAnalysis } from "./rules/composite.ts";
export { saveSeries };

/** A current cut with areas at positions 0, 1, 2 …; returns the cut's id and the areas' ids. */
export async function createCut(db: Db, municipalityId: number, areas: { key: string; name: string; parentKey?: string; display?: unknown }[]) {
  const [cut] = await db.insert(planningCuts).values({ municipalityId, label: "Teststand", source: "list" }).returning();
  const batch = 1000;
  for (let start = 0; start < areas.length; start += batch) {
    const rows = areas.slice(start, start + batch).map((area, index) => ({
      cutId: cut!.id,
      position: start + index,
      key: area.key,
      name: area.name,
      parentKey: area.parentKey ?? null,
      display: area.display ?? null,
    }));
    await db.insert(planningAreas).values(rows);
  }
  return cut!.id;
}

/** A municipality's own indicator. */
export async function createIndicator(
  db: Db,
  municipalityId: number,
  fields: { key: string; name: string; unit: string; polarity: "more" | "less"; minCases?: number },
): Promise<number> {
  const [row] = await db
    .insert(planningIndicators)
    .values({ municipalityId, minCases: 3, ...fields })
    .returning({ id: planningIndicators.id });
  return row!.id;
}

/** A series from plain values (null: no value) and optional case counts. */
export function seriesOf(values: (number | null)[], cases?: number[]): Series {
  const series = emptySeries(values.length);
  values.forEach((value, position) => {
    if (value === null) return;
    series.values[position] = value;
    series.marks[position] = valueMarks.value;
    if (cases) series.cases[position] = cases[position]!;
  });
  return series;
}

/** The analysis routes: Bonn's members get the form (200) and, for a period that has no values, the form's messages (422). */
export function analysisRouteCases(): RouteCases {
  const base = "/kommunen/05314-bonn/planung/analyse";
  const query = "?indikator=einwohner&zeitraum=1900";
  const refused = loggedIn(bonnMembers, 422);
  return {
    "GET /kommunen/:slug/planung/analyse": { url: base, expect: loggedIn(bonnMembers, 200) },
    "GET /kommunen/:slug/planung/analyse/beleg": { url: `${base}/beleg${query}`, expect: refused },
    "GET /kommunen/:slug/planung/analyse/stabilitaet": { url: `${base}/stabilitaet${query}`, expect: refused },
    "GET /kommunen/:slug/planung/analyse/export.csv": { url: `${base}/export.csv${query}`, expect: refused },
    "GET /kommunen/:slug/planung/analyse/export.xlsx": { url: `${base}/export.xlsx${query}`, expect: refused },
    "GET /kommunen/:slug/planung/analyse/export.geojson": { url: `${base}/export.geojson${query}`, expect: refused },
  };
}
