import { parseGermanNumber } from "../../../../platform/http/schemas.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { classifications, protectionDefaults, standardisations, type Classification, type Standardisation } from "../../reference.ts";
import { maxClasses, minClasses } from "./classes.ts";
import { analysisTexts } from "../texts.ts";

/** The analysis form's query as typed: each field's text, the ticked indicators as a list. */
export type AnalysisQuery = Record<string, string | string[] | undefined>;

/** The settings of a form: everything runAnalysis takes, with the weights as the form's fields hold them. */
export interface ParsedSettings {
  indicatorKeys: string[];
  weights: number[];
  period: string;
  comparePeriod: string | null;
  standardisation: Standardisation;
  classification: Classification;
  classCount: number;
  minPopulation: number;
}

export const weightField = (key: string) => `gewicht_${key}`;
export const defaultClassCount = 5;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? "") : (value ?? "")).trim();
const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []).map((item) => item.trim()).filter(Boolean);

/** A weight as typed in Germany ("1", "1,5", "2.5"); empty means 1. */
export function parseWeight(text: string): number | null {
  if (text === "") return 1;
  const weight = parseGermanNumber(text);
  return weight !== null && weight > 0 && weight <= 100 ? weight : null;
}

/** Whether the form was sent (a first visit shows only the form). */
export const wasSent = (query: AnalysisQuery) => query.zeitraum !== undefined || query.indikator !== undefined;

/**
 * Reads the analysis form's query: the ticked indicators with the weight beside each, the period,
 * the comparison period ("" for none), standardisation, classification, number of classes and the
 * minimum population. What only the database knows (indicator keys, periods) runAnalysis checks.
 */
export function parseSettings(query: AnalysisQuery): { settings: ParsedSettings; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const indicatorKeys = [...new Set(list(query.indikator))];
  if (indicatorKeys.length === 0) errors.indikator = analysisTexts.errors.noIndicator;
  const weights = indicatorKeys.map((key) => {
    const weight = parseWeight(single(query[weightField(key)]));
    if (weight === null) errors[weightField(key)] = analysisTexts.errors.weight;
    return weight ?? 1;
  });
  const standardisation = single(query.standardisierung) || "z";
  if (!Object.hasOwn(standardisations, standardisation)) errors.standardisierung = "Bitte wählen Sie eine der angebotenen Standardisierungen.";
  const classification = single(query.klassifizierung) || "quantile";
  if (!Object.hasOwn(classifications, classification)) errors.klassifizierung = "Bitte wählen Sie eine der angebotenen Klassenbildungen.";
  const countText = single(query.klassen) || String(defaultClassCount);
  const classCount = /^[0-9]$/.test(countText) ? Number(countText) : 0;
  if (classCount < minClasses || classCount > maxClasses) errors.klassen = analysisTexts.errors.classCount;
  const populationText = single(query.mindestbevoelkerung) || String(protectionDefaults.minPopulation);
  const minPopulation = /^[0-9]{1,6}$/.test(populationText.replaceAll(".", "")) ? Number(populationText.replaceAll(".", "")) : -1;
  if (minPopulation < 0 || minPopulation > 100_000) errors.mindestbevoelkerung = analysisTexts.errors.minPopulation;
  const comparePeriod = single(query.vergleich);
  return {
    settings: {
      indicatorKeys,
      weights,
      period: single(query.zeitraum),
      comparePeriod: comparePeriod === "" ? null : comparePeriod,
      standardisation: standardisation as Standardisation,
      classification: classification as Classification,
      classCount,
      minPopulation,
    },
    errors,
  };
}

/** The query string of settings, for the links to the receipt, the stability check and the exports. */
export function settingsQuery(settings: ParsedSettings): string {
  const params = new URLSearchParams();
  settings.indicatorKeys.forEach((key, column) => {
    params.append("indikator", key);
    params.append(weightField(key), String(settings.weights[column]));
  });
  params.set("zeitraum", settings.period);
  params.set("vergleich", settings.comparePeriod ?? "");
  params.set("standardisierung", settings.standardisation);
  params.set("klassifizierung", settings.classification);
  params.set("klassen", String(settings.classCount));
  params.set("mindestbevoelkerung", String(settings.minPopulation));
  return params.toString();
}
