/** Helpers for tests of the value import: a cut with areas and indicators made directly, and the routes per role. */
import type { Database } from "../../../db/client.ts";
import { bonnMembers, loggedIn, type RouteCases } from "../../../platform/route-cases.ts";
import { findMunicipality } from "../../municipalities/index.ts";
import { planningAreas, planningCuts, planningIndicators } from "../tables.ts";
import { startImport } from "./commands/import-values.ts";
import { longTableMapping } from "./rules/mapping.ts";
import { readTable } from "./rules/table.ts";

export interface PlanningFixture {
  municipalityId: number;
  cutId: number;
  indicators: Record<string, number>;
}

/**
 * A municipality's planning areas and indicators for an import test: an older cut with key "0999",
 * the current cut with `keys` (default 0101, 0102, 0201) at positions 0, 1, 2 …, and the indicators
 * einwohner, u18 and sgb2_u15 as the municipality's own (the starter catalogue is another feature's).
 */
export async function planningFixture(
  database: Database,
  ags: string,
  keys = ["0101", "0102", "0201"],
  indicatorKeys: [string, string][] = [
    ["einwohner", "Anzahl"],
    ["u18", "Anzahl"],
    ["sgb2_u15", "%"],
  ],
): Promise<PlanningFixture> {
  const { db } = database;
  const municipalityId = (await findMunicipality(db, ags))!.id;
  const [old] = await db.insert(planningCuts).values({ municipalityId, label: "Stand 2015", source: "list", replacedAt: new Date() }).returning();
  await db.insert(planningAreas).values({ cutId: old!.id, position: 0, key: "0999", name: "Altes Gebiet" });
  const [cut] = await db.insert(planningCuts).values({ municipalityId, label: "Stand 2024", source: "list" }).returning();
  for (let start = 0; start < keys.length; start += 1000) {
    const rows = keys.slice(start, start + 1000).map((key, index) => ({ cutId: cut!.id, position: start + index, key, name: `Gebiet ${key}` }));
    await db.insert(planningAreas).values(rows);
  }
  const indicators: Record<string, number> = {};
  for (const [key, unit] of indicatorKeys) {
    const [row] = await db.insert(planningIndicators).values({ municipalityId, key, name: key, unit, polarity: "more" }).returning();
    indicators[key] = row!.id;
  }
  return { municipalityId, cutId: cut!.id, indicators };
}

/** Imports a value file the way the web form and the command line do, awaited (the benchmark). */
export async function importValueFile(database: Database, municipalityId: number, filename: string, bytes: Uint8Array, onProgress?: (done: number) => void) {
  const table = await readTable(bytes);
  if ("error" in table) return { ok: false, report: null, message: table.error };
  const found = longTableMapping(table.header);
  if (!found) return { ok: false, report: null, message: "keine lange Tabelle" };
  const started = await startImport(database.db, { municipalityId, filename, table, mapping: found.mapping, wait: true }, onProgress);
  return { ...started.outcome!, message: started.outcome!.report.problems[0]?.message ?? "" };
}

/** Every route of the value import; ids that do not exist, so no case changes what another reads. */
export function routeCases(): RouteCases {
  const base = "/kommunen/05314-bonn/planung/werte";
  return {
    "GET /kommunen/:slug/planung/werte": { url: base, expect: loggedIn(bonnMembers, 200) },
    "GET /kommunen/:slug/planung/werte/import/:id": { url: `${base}/import/999999`, expect: loggedIn(bonnMembers, 404) },
    "POST /kommunen/:slug/planung/werte/import": { url: `${base}/import`, body: {}, expect: loggedIn(bonnMembers, 422) },
    "GET /kommunen/:slug/planung/werte/zuordnung/:uploadId": { url: `${base}/zuordnung/999999`, expect: loggedIn(bonnMembers, 404) },
    "POST /kommunen/:slug/planung/werte/zuordnung/:uploadId": { url: `${base}/zuordnung/999999`, body: { name: "x" }, expect: loggedIn(bonnMembers, 404) },
  };
}
