import type { Db } from "../../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { silentProgress, type Progress } from "../../../../platform/progress.ts";
import { readAreaFile } from "../rules/read-file.ts";
import { prepareAreas } from "../rules/prepare.ts";
import type { PropertyChoice } from "../rules/identify.ts";
import { startCut } from "./start-cut.ts";

export interface AreaImportOptions extends PropertyChoice {
  /** The CRS to read a file in that does not name its own (EPSG:25832 …); empty to decide by the coordinates. */
  crs?: string;
  /** What the cut is called in the history; the file name when empty. */
  label?: string;
}

export interface AreaImportResult {
  cutId: number;
  crs: string;
  areas: number;
  /** The areas with problems (stored with them, shown per area). */
  flagged: { key: string; messages: string[] }[];
}

/**
 * Reads a GeoJSON FeatureCollection or zipped Shapefile into a new cut of the municipality's areas:
 * the web form and `k360 planning import-areas` both come here. A file with errors in keys or names,
 * no polygons or an unknown CRS is refused with messages per field (datei, key, name, parent, crs)
 * and nothing is stored; geometry problems are stored with each area.
 */
export async function importAreas(
  db: Db,
  municipalityId: number,
  file: { name: string; data: Uint8Array },
  options: AreaImportOptions,
  progress: Progress = silentProgress,
): Promise<CommandResult<AreaImportResult>> {
  const read = await readAreaFile(file.name, file.data);
  if (!read.ok) return refused({ datei: read.error });
  const prepared = prepareAreas(read.features, read.crs, options, progress);
  if (!prepared.ok) return refused(prepared.errors);
  const label = options.label?.trim() || file.name.slice(0, 200) || "Import";
  progress.start("Gebiete speichern", 1);
  const cutId = await startCut(db, municipalityId, { label, source: "import", crs: prepared.crs }, prepared.areas);
  progress.done();
  const flagged = prepared.areas
    .filter((area) => area.problems.length > 0)
    .map((area) => ({ key: area.key, messages: area.problems.map((problem) => problem.message) }));
  return succeeded({ cutId, crs: prepared.crs, areas: prepared.areas.length, flagged });
}
