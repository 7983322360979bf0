import { and, eq, isNotNull, ne } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { planningAreas } from "../../tables.ts";
import type { Area } from "../../queries.ts";
import { checkExtent, checkOverlaps, type Placed } from "../rules/coverage.ts";
import { geometryOf, polygonsOf, type Polygons, type Problem } from "../rules/geometry.ts";
import { readSingleGeometry } from "../rules/single.ts";
import { displayBudget, simplifyAreas } from "../rules/simplify.ts";

/**
 * Gives an area of the current cut its surface later (a list entry, or a replaced outline): checked
 * for its rings, for Germany's extent and for overlaps with the other areas of the cut.
 */
export async function attachGeometry(db: Db, area: Area, input: { text: string; crs?: string }): Promise<CommandResult<null>> {
  const read = readSingleGeometry(input.text, input.crs);
  if (!read.ok) return refused(read.errors);
  const others = await db
    .select({ key: planningAreas.key, geometry: planningAreas.geometry })
    .from(planningAreas)
    .where(and(eq(planningAreas.cutId, area.cutId), ne(planningAreas.id, area.id), isNotNull(planningAreas.geometry)));
  const placed: Placed[] = [
    { key: area.key, polygons: read.polygons },
    ...others.map((other) => ({ key: other.key, polygons: (polygonsOf(other.geometry) ?? []) as Polygons })),
  ];
  const found = checkOverlaps(placed, checkExtent([placed[0]]), true);
  const kept = (area.problems as Problem[]).filter((problem) => problem.code === "parent");
  const problems = [...read.problems, ...(found.get(0) ?? []), ...kept];
  const [display] = simplifyAreas([read.polygons], Math.max(50, Math.floor(displayBudget / (others.length + 1))));
  await db
    .update(planningAreas)
    .set({ geometry: geometryOf(read.polygons), display: geometryOf(display), problems })
    .where(eq(planningAreas.id, area.id));
  return succeeded(null);
}
