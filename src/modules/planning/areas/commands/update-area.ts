import { and, eq, ne } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { planningAreas } from "../../tables.ts";
import type { Area } from "../../queries.ts";
import type { Problem } from "../rules/geometry.ts";
import { editTexts } from "../texts.ts";

/** Renames an area of the current cut or sets its parent (a key of the same cut, or none). */
export async function updateArea(db: Db, area: Area, input: { name: string; parentKey: string }): Promise<CommandResult<null>> {
  const parentKey = input.parentKey.trim() || null;
  if (parentKey === area.key) return refused({ parentKey: editTexts.parentSelf });
  if (parentKey) {
    const parent = await db
      .select({ id: planningAreas.id })
      .from(planningAreas)
      .where(and(eq(planningAreas.cutId, area.cutId), eq(planningAreas.key, parentKey), ne(planningAreas.id, area.id)))
      .limit(1);
    if (parent.length === 0) return refused({ parentKey: editTexts.parentUnknown });
  }
  // The parent is now known to exist: a stored problem about an unknown parent no longer holds.
  const problems = (area.problems as Problem[]).filter((problem) => problem.code !== "parent");
  await db.update(planningAreas).set({ name: input.name, parentKey, problems }).where(eq(planningAreas.id, area.id));
  return succeeded(null);
}
