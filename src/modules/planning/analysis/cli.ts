import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { Database } from "../../../db/client.ts";
import type { Progress } from "../../../platform/progress.ts";
import { findMunicipality } from "../../municipalities/index.ts";
import { currentCut, periodsOf } from "../queries.ts";
import { protectionDefaults } from "../reference.ts";
import { displayGeometries, runAnalysis } from "./queries.ts";
import { parseSettings, type AnalysisQuery } from "./rules/settings.ts";
import { analysisTexts } from "./texts.ts";
import { analysisCsv, analysisGeoJson } from "./views/exports.ts";
import { analysisXlsx } from "./views/xlsx.ts";

const formats = ["csv", "xlsx", "geojson"] as const;

const options = {
  municipality: { type: "string" },
  indicators: { type: "string" },
  weights: { type: "string" },
  period: { type: "string" },
  compare: { type: "string" },
  standardisation: { type: "string", default: "z" },
  classes: { type: "string", default: "quantile" },
  "class-count": { type: "string", default: "5" },
  "min-population": { type: "string", default: String(protectionDefaults.minPopulation) },
  format: { type: "string" },
  out: { type: "string" },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options }>>["values"];

/** The command line's options as the analysis form's query, so both are checked by the same rules. */
function asQuery(values: Values, keys: string[], weights: string[], period: string): AnalysisQuery {
  const query: AnalysisQuery = {
    indikator: keys,
    zeitraum: period,
    vergleich: values.compare ?? "",
    standardisierung: values.standardisation,
    klassifizierung: values.classes,
    klassen: values["class-count"],
    mindestbevoelkerung: values["min-population"],
  };
  // Weights on the command line are written with a dot ("1.5"); the form's parser reads both.
  keys.forEach((key, column) => (query[`gewicht_${key}`] = weights[column] ?? "1"));
  return query;
}

function fail(message: string): number {
  console.error(`Fehler: ${message}`);
  return 1;
}

/**
 * `k360 planning export`: the social-space analysis of a municipality's current cut as CSV, XLSX or
 * GeoJSON, in the columns of the web export; CSV and GeoJSON go to stdout without --out.
 */
export async function exportAnalysis(database: Database, args: string[], progress: Progress): Promise<number> {
  let values: Values;
  try {
    values = parseArgs({ args, options, allowPositionals: false }).values;
  } catch (error) {
    return fail(`${(error as Error).message}. Aufruf: k360 planning export --municipality <AGS> --indicators <schlüssel,…> --format csv|xlsx|geojson`);
  }
  const format = values.format as (typeof formats)[number];
  if (!values.municipality) return fail("Bitte geben Sie die Kommune mit --municipality <AGS> an.");
  if (!values.indicators) return fail("Bitte geben Sie die Indikatoren mit --indicators <schlüssel,schlüssel,…> an.");
  if (!formats.includes(format)) return fail("Bitte geben Sie das Format mit --format csv, xlsx oder geojson an.");
  if (format === "xlsx" && !values.out) return fail("Eine XLSX-Datei braucht --out <datei>.");
  const keys = values.indicators.split(",").map((key) => key.trim());
  const weights = values.weights === undefined ? keys.map(() => "1") : values.weights.split(",").map((weight) => weight.trim());
  if (weights.length !== keys.length)
    return fail(`--weights braucht genau ein Gewicht je Indikator, in derselben Reihenfolge (${keys.length}), nicht ${weights.length}.`);
  const municipality = await findMunicipality(database.db, values.municipality.split("-")[0]!);
  if (!municipality) return fail(`Eine Kommune mit dem AGS ${values.municipality} gibt es im Verzeichnis nicht.`);
  progress.start("Sozialraumanalyse", 3);
  const cut = await currentCut(database.db, municipality.id);
  const period = values.period ?? (cut ? ((await periodsOf(database.db, cut.id)).at(-1) ?? "") : "");
  const parsed = parseSettings(asQuery(values, keys, weights, period));
  const problems = Object.entries(parsed.errors);
  if (problems.length) return fail(problems.map(([field, message]) => `${analysisTexts.labels[field] ?? field}: ${message}`).join("\n"));
  progress.tick();
  const run = await runAnalysis(database.db, municipality.id, parsed.settings);
  if (!run.ok)
    return fail(
      Object.entries(run.errors)
        .map(([field, message]) => `${analysisTexts.labels[field] ?? field}: ${message}`)
        .join("\n"),
    );
  progress.tick();
  const output =
    format === "csv"
      ? analysisCsv(run.value)
      : format === "geojson"
        ? analysisGeoJson(run.value, await displayGeometries(database.db, run.value))
        : await analysisXlsx(run.value);
  if (values.out) await writeFile(values.out, output);
  else process.stdout.write(output);
  progress.done();
  return 0;
}
