import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Database } from "../../../db/client.ts";
import type { Progress } from "../../../platform/progress.ts";
import { findMunicipality } from "../../municipalities/index.ts";
import { startImport } from "./commands/import-values.ts";
import { findMapping, mappingsOf } from "./queries.ts";
import { genesisSuggestion, longTableMapping, type Mapping } from "./rules/mapping.ts";
import { readTable, type Table } from "./rules/table.ts";
import type { Report } from "./rules/collect.ts";
import { formatNumber } from "../../../platform/numbers.ts";

const usage = "Aufruf: k360 planning import-values --municipality <AGS> [--mapping <name>] [--period <zeitraum>] <datei>";

/** The problems with their lines, or what was saved. */
export function reportLines(report: Report, saved: boolean): string[] {
  const lines: string[] = [];
  if (report.ignored.length > 0) lines.push(`Ignorierte Spalten: ${report.ignored.join(", ")}`);
  for (const problem of report.problems) {
    const place = problem.line > 0 ? `Zeile ${problem.line}${problem.column ? `, Spalte „${problem.column}“` : ""}: ` : "";
    lines.push(`${place}${problem.message}`);
  }
  if (report.problemCount > report.problems.length) lines.push(`… und ${formatNumber(report.problemCount - report.problems.length)} weitere Probleme.`);
  if (!saved) lines.push("Es wurde nichts gespeichert.");
  else for (const count of report.counts) lines.push(`${count.indicator} ${count.period}: ${formatNumber(count.values)} Werte`);
  return lines;
}

/** A fixed period from --period for a mapping whose periods are fixed or missing; a mapping with a period column keeps it. */
function withPeriod(mapping: Mapping, period: string | undefined): Mapping | string {
  if (!period) return mapping;
  if (mapping.values.some((value) => "column" in value.period)) return "Die Zuordnung liest den Zeitraum aus einer Spalte; --period passt dazu nicht.";
  return { ...mapping, values: mapping.values.map((value) => ({ ...value, period: { fixed: period } })) };
}

/** The mapping: the one named, or the long table the file is; otherwise why neither. */
async function mappingFor(
  database: Database,
  municipalityId: number,
  table: Table,
  name: string | undefined,
  period: string | undefined,
): Promise<Mapping | string> {
  if (name) {
    const saved = await findMapping(database.db, municipalityId, name);
    return saved ? withPeriod(saved, period) : `Eine Zuordnung „${name}“ gibt es für diese Kommune nicht.`;
  }
  const long = longTableMapping(table.header, period);
  if (long) return long.mapping;
  const names = (await mappingsOf(database.db, municipalityId)).map((saved) => saved.name);
  const kind = genesisSuggestion(table.header, table.size > 0 ? table.row(0) : undefined)
    ? "ein GENESIS-Flatfile"
    : "keine lange Tabelle (Gebiet;Zeitraum;Indikator;Wert)";
  return `Die Datei ist ${kind}. Bitte geben Sie mit --mapping eine gespeicherte Zuordnung an${names.length ? ` (vorhanden: ${names.join(", ")})` : "; Zuordnungen legen Sie im Browser beim ersten Hochladen an"}.`;
}

/** `k360 planning import-values`: the same import as the web form, for data offices. */
export async function importValuesCommand(database: Database, args: string[], progress: Progress): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: { municipality: { type: "string" }, mapping: { type: "string" }, period: { type: "string" } },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 1;
  }
  const { values: options, positionals } = parsed;
  if (!options.municipality || positionals.length !== 1) {
    console.error(usage);
    return 1;
  }
  const municipality = await findMunicipality(database.db, options.municipality);
  if (!municipality) return fail(`Eine Kommune mit dem Schlüssel ${options.municipality} gibt es nicht.`);
  const file = positionals[0]!;
  const bytes = await readFile(file).catch(() => null);
  if (!bytes) return fail(`Die Datei ${file} lässt sich nicht lesen.`);
  let table = await readTable(bytes);
  if ("error" in table) return fail(table.error);
  const mapping = await mappingFor(database, municipality.id, table, options.mapping, options.period);
  if (typeof mapping === "string") return fail(mapping);
  if (mapping.sheet) table = await readTable(bytes, mapping.sheet);
  if ("error" in table) return fail(table.error);
  progress.start("Werte prüfen und speichern", table.size * mapping.values.length);
  let shown = 0;
  const started = await startImport(database.db, { municipalityId: municipality.id, filename: path.basename(file), table, mapping, wait: true }, (done) => {
    progress.tick(done - shown);
    shown = done;
  });
  progress.done();
  const outcome = started.outcome!;
  for (const line of reportLines(outcome.report, outcome.ok)) (outcome.ok ? console.log : console.error)(line);
  return outcome.ok ? 0 : 1;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}
