import { asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { refused, succeeded, type CommandResult } from "../../../platform/commands.ts";
import { currentCut, indicatorsFor, loadSeries, periodsOf, seriesKey, type Indicator } from "../queries.ts";
import { planningAreas } from "../tables.ts";
import { populationKey, type Classification, type Standardisation } from "../reference.ts";
import { computeAnalysis, type AnalysisComputation, type AnalysisInput } from "./rules/composite.ts";
import { protectedColumn, protectionRule } from "./rules/cells.ts";
import { analysisTexts } from "./texts.ts";

/** What the planner chooses (the form, the CLI, a published map's settings). */
export interface AnalysisSettings {
  indicatorKeys: string[];
  /** One positive weight per indicator, in the same order. */
  weights: number[];
  period: string;
  /** The earlier period of the dynamics; null for none. */
  comparePeriod: string | null;
  standardisation: Standardisation;
  classification: Classification;
  classCount: number;
  minPopulation: number;
}

/** An area as the analysis needs it: without its geometry, which a large city's areas make megabytes of. */
export interface AnalysisArea {
  id: number;
  position: number;
  key: string;
  name: string;
  parentKey: string | null;
}

async function analysisAreas(db: Db, cutId: number): Promise<AnalysisArea[]> {
  return db
    .select({ id: planningAreas.id, position: planningAreas.position, key: planningAreas.key, name: planningAreas.name, parentKey: planningAreas.parentKey })
    .from(planningAreas)
    .where(eq(planningAreas.cutId, cutId))
    .orderBy(asc(planningAreas.position));
}

/** The display geometry (simplified WGS84) of each area of the result, in its rows' order; null where an area has none. */
export async function displayGeometries(db: Db, result: AnalysisResult): Promise<unknown[]> {
  const rows = await db.select({ id: planningAreas.id, display: planningAreas.display }).from(planningAreas).where(eq(planningAreas.cutId, result.cut.id));
  const byId = new Map(rows.map((row) => [row.id, row.display]));
  return result.areas.map((area) => byId.get(area.id) ?? null);
}

/** An analysis with everything its pages, receipt and exports show. Row r of every array is `areas[r]`. */
export interface AnalysisResult {
  settings: AnalysisSettings;
  cut: { id: number; label: string };
  areas: AnalysisArea[];
  /** The chosen indicators, in the settings' order. */
  indicators: Indicator[];
  /** Per indicator and row: why the period's value is not shown (hiddenCodes; 0: shown). */
  hidden: Uint8Array[];
  /** The protected inhabitants of the period (NaN: unknown or hidden). */
  population: Float64Array;
  /** What went into the computation, so the stability check can compute it again. */
  input: AnalysisInput;
  computation: AnalysisComputation;
}

/** Where the form's messages go: the field names of the analysis form. */
export const settingFields = { indicators: "indikator", period: "zeitraum", comparePeriod: "vergleich", weights: "gewichte" } as const;

function checkSettings(settings: AnalysisSettings, known: Map<string, Indicator>, periods: string[]) {
  const errors: Record<string, string> = {};
  if (settings.indicatorKeys.length === 0) errors[settingFields.indicators] = analysisTexts.errors.noIndicator;
  const unknown = settings.indicatorKeys.filter((key) => !known.has(key));
  if (unknown.length) errors[settingFields.indicators] = analysisTexts.errors.unknownIndicator(unknown);
  if (settings.weights.length !== settings.indicatorKeys.length || settings.weights.some((w) => !(w > 0) || !Number.isFinite(w)))
    errors[settingFields.weights] = analysisTexts.errors.weights;
  if (!periods.includes(settings.period)) errors[settingFields.period] = analysisTexts.errors.unknownPeriod(settings.period);
  if (settings.comparePeriod !== null && (!periods.includes(settings.comparePeriod) || settings.comparePeriod === settings.period))
    errors[settingFields.comparePeriod] = analysisTexts.errors.unknownComparePeriod;
  return errors;
}

/** The indicators one can choose, by name: where the municipality has its own of a starter catalogue's key, its own. */
export function ownFirst(catalogue: Indicator[]): Indicator[] {
  const own = new Set(catalogue.filter((indicator) => indicator.municipalityId !== null).map((indicator) => indicator.key));
  return catalogue.filter((indicator) => indicator.municipalityId !== null || !own.has(indicator.key));
}

/** The rows of a cut's areas by position: series entry `position` goes to row rowOf[position]. */
function rowsByPosition(areas: AnalysisArea[], length: number): Int32Array {
  const rowOf = new Int32Array(length).fill(-1);
  areas.forEach((area, row) => (rowOf[area.position] = row));
  return rowOf;
}

/**
 * Runs the social-space analysis on the municipality's current cut: loads the areas and the series
 * of the chosen indicators, of `einwohner`, for the period and the comparison period, puts every
 * series through the protection rule and computes. Refuses with messages per field (unknown
 * indicator, period, weights) and with `form` when the municipality has no areas yet.
 */
export async function runAnalysis(db: Db, municipalityId: number, settings: AnalysisSettings): Promise<CommandResult<AnalysisResult>> {
  const cut = await currentCut(db, municipalityId);
  if (!cut) return refused({ form: analysisTexts.errors.noAreas });
  const [areas, catalogue, periods] = await Promise.all([analysisAreas(db, cut.id), indicatorsFor(db, municipalityId), periodsOf(db, cut.id)]);
  const known = new Map(ownFirst(catalogue).map((indicator) => [indicator.key, indicator]));
  const errors = checkSettings(settings, known, periods);
  if (Object.keys(errors).length) return refused(errors);
  const indicators = settings.indicatorKeys.map((key) => known.get(key)!);
  const population = known.get(populationKey);
  const length = areas.reduce((max, area) => Math.max(max, area.position + 1), 0);
  const chosenPeriods = settings.comparePeriod ? [settings.period, settings.comparePeriod] : [settings.period];
  const ids = [...new Set([...indicators.map((indicator) => indicator.id), ...(population ? [population.id] : [])])];
  const series = await loadSeries(db, cut.id, length, ids, chosenPeriods);
  const rowOf = rowsByPosition(areas, length);
  const column = (indicator: Indicator, period: string) =>
    protectedColumn(series.get(seriesKey(indicator.id, period))!, length, protectionRule(indicator, areas), rowOf, areas.length);
  const now = indicators.map((indicator) => column(indicator, settings.period));
  const then = settings.comparePeriod ? indicators.map((indicator) => column(indicator, settings.comparePeriod!)) : null;
  const people = population ? column(population, settings.period).values : new Float64Array(areas.length).fill(Number.NaN);
  const input: AnalysisInput = {
    count: areas.length,
    indicators: indicators.map((indicator, index) => ({
      key: indicator.key,
      polarity: indicator.polarity === "less" ? "less" : "more",
      values: now[index]!.values,
      previous: then ? then[index]!.values : null,
    })),
    weights: settings.weights,
    population: people,
    minPopulation: settings.minPopulation,
    standardisation: settings.standardisation,
    classification: settings.classification,
    classCount: settings.classCount,
  };
  return succeeded({
    settings,
    cut: { id: cut.id, label: cut.label },
    areas,
    indicators,
    hidden: now.map((protectedValues) => protectedValues.hidden),
    population: people,
    input,
    computation: computeAnalysis(input),
  });
}
