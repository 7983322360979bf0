import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { planningAreas, planningCuts } from "../../tables.ts";
import type { Problem } from "../rules/geometry.ts";

export interface NewArea {
  key: string;
  name: string;
  parentKey: string | null;
  geometry: unknown;
  display: unknown;
  problems: Problem[];
}

const batch = 50;

/**
 * Starts a new cut with its areas (positions in the given order) and closes the current one. The old
 * cut keeps its areas and values: history, nothing re-attributed. One transaction: all or nothing.
 */
export async function startCut(
  db: Db,
  municipalityId: number,
  cut: { label: string; source: "import" | "list"; crs: string },
  areas: NewArea[],
): Promise<number> {
  return db.transaction(async (tx) => {
    await tx
      .update(planningCuts)
      .set({ replacedAt: new Date() })
      .where(and(eq(planningCuts.municipalityId, municipalityId), isNull(planningCuts.replacedAt)));
    const [created] = await tx
      .insert(planningCuts)
      .values({ municipalityId, ...cut })
      .returning({ id: planningCuts.id });
    for (let start = 0; start < areas.length; start += batch) {
      const rows = areas.slice(start, start + batch).map((area, offset) => ({
        cutId: created.id,
        position: start + offset,
        key: area.key,
        name: area.name,
        parentKey: area.parentKey,
        geometry: area.geometry,
        display: area.display,
        problems: area.problems,
      }));
      await tx.insert(planningAreas).values(rows);
    }
    return created.id;
  });
}
