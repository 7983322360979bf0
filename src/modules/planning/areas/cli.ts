import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Database } from "../../../db/client.ts";
import type { Progress } from "../../../platform/progress.ts";
import { findMunicipality } from "../../municipalities/index.ts";
import { importAreas } from "./commands/import-areas.ts";
import { fieldLabels } from "./texts.ts";
import { isSupportedCrs, supportedCrs } from "./rules/crs.ts";

const usage =
  "Aufruf: k360 planning import-areas --municipality <AGS> [--key <eigenschaft>] [--name <eigenschaft>] [--parent <eigenschaft>] [--crs EPSG:25832] [--label <text>] <datei>";

/**
 * `k360 planning import-areas`: the same import as the web form, for data offices. Prints each area
 * with problems, every refusal with its object numbers, and ends with 1 on any error.
 */
export async function importAreasFromTerminal(database: Database, args: string[], progress: Progress): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        municipality: { type: "string" },
        key: { type: "string" },
        name: { type: "string" },
        parent: { type: "string" },
        crs: { type: "string" },
        label: { type: "string" },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 1;
  }
  const { values, positionals } = parsed;
  if (!values.municipality || positionals.length !== 1) {
    console.error(usage);
    return 1;
  }
  if (values.crs && !isSupportedCrs(values.crs)) {
    console.error(`Koordinatensystem ${values.crs} wird nicht unterstützt. Möglich: ${Object.keys(supportedCrs).join(", ")}.`);
    return 1;
  }
  const municipality = await findMunicipality(database.db, values.municipality);
  if (!municipality) {
    console.error(`Keine Kommune mit dem Gemeindeschlüssel ${values.municipality}.`);
    return 1;
  }
  const file = positionals[0];
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    console.error(`Die Datei ${file} lässt sich nicht lesen.`);
    return 1;
  }
  const result = await importAreas(database.db, municipality.id, { name: file.split(/[\\/]/).pop() ?? file, data }, values, progress);
  if (!result.ok) {
    for (const [field, message] of Object.entries(result.errors)) console.error(`${fieldLabels[field] ?? field}:\n  ${message.split("\n").join("\n  ")}`);
    return 1;
  }
  const { areas, crs, flagged, cutId } = result.value;
  console.log(`${areas} Gebiete für ${municipality.name} als neuer Stand ${cutId} übernommen (Koordinatensystem ${crs}); ${flagged.length} mit Hinweisen.`);
  for (const area of flagged) console.log(`  Gebiet ${area.key}: ${area.messages.join(" ")}`);
  return 0;
}
