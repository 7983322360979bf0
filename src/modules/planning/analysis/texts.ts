/** The German texts of the social-space analysis, its receipt, stability check and exports. */
import { hiddenLabels } from "../rules/protection.ts";
import { hiddenReasons } from "./rules/cells.ts";
import { exclusions } from "./rules/composite.ts";

export const analysisTexts = {
  title: "Sozialraumanalyse",
  receiptTitle: "Beleg der Sozialraumanalyse",
  stabilityTitle: "Stabilitätsprüfung",
  errors: {
    noAreas: "Für diese Kommune sind noch keine Planungsräume angelegt. Legen Sie zuerst Planungsräume an.",
    noIndicator: "Bitte wählen Sie mindestens einen Indikator.",
    unknownIndicator: (keys: string[]) => `Diese Indikatoren gibt es nicht: ${keys.join(", ")}.`,
    weights: "Bitte geben Sie je Indikator ein Gewicht größer als 0 an.",
    weight: "Bitte geben Sie ein Gewicht größer als 0 und höchstens 100 an, z. B. 1 oder 1,5.",
    unknownPeriod: (period: string) => (period ? `Für den Zeitraum „${period}“ gibt es keine Werte.` : "Bitte wählen Sie einen Zeitraum mit Werten."),
    unknownComparePeriod: "Bitte wählen Sie als Vergleich einen anderen Zeitraum mit Werten.",
    classCount: "Bitte wählen Sie 3 bis 7 Klassen.",
    minPopulation: "Bitte geben Sie eine ganze Zahl von 0 bis 100.000 an.",
  },
  labels: {
    indikator: "Indikatoren",
    gewichte: "Gewichte",
    zeitraum: "Zeitraum",
    vergleich: "Vergleichszeitraum",
    standardisierung: "Standardisierung",
    klassifizierung: "Klassenbildung",
    klassen: "Anzahl der Klassen",
    mindestbevoelkerung: "Mindestzahl an Einwohnerinnen und Einwohnern",
    form: "Analyse",
  } as Record<string, string>,
  noComparison: "ohne Vergleich",
  trendLabels: ["–", "Bedarf sinkt", "stabil", "Bedarf steigt"],
};

/** Why an area has no index, by exclusion code. */
export function exclusionText(code: number, minPopulation: number): string {
  if (code === exclusions.population) return `weniger als ${minPopulation} Einwohnerinnen und Einwohner: nicht im Index`;
  if (code === exclusions.populationUnknown) return "Einwohnerzahl nicht bekannt oder geschützt: nicht im Index";
  if (code === exclusions.fewValues) return "Werte für weniger als die Hälfte des Gesamtgewichts: nicht im Index";
  return "";
}

/** Why a value is not shown, by hidden code. */
export const hiddenText = (code: number) => {
  const reason = hiddenReasons[code];
  return reason ? hiddenLabels[reason] : "";
};

export const classLabel = (rank: number, count: number) =>
  rank === 0 ? "–" : rank === 1 ? `1 (geringster Bedarf)` : rank === count ? `${rank} (höchster Bedarf)` : String(rank);
