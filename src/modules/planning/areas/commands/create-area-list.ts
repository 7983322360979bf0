import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { parseAreaList } from "../rules/list.ts";
import { startCut } from "./start-cut.ts";

/** A new cut from typed lines (Schlüssel;Name[;Oberbezirk]), for a municipality without GIS data; geometry comes later per area. */
export async function createAreaList(db: Db, municipalityId: number, input: { liste: string; label?: string }): Promise<CommandResult<number>> {
  const parsed = parseAreaList(input.liste);
  if (!parsed.ok) return refused({ liste: parsed.error });
  const areas = parsed.areas.map((area) => ({ ...area, geometry: null, display: null }));
  const label = input.label?.trim() || "Liste";
  return succeeded(await startCut(db, municipalityId, { label, source: "list", crs: "" }, areas));
}
