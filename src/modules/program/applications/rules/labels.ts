import { states } from "../../../municipalities/index.ts";
/** German vocabularies of the selection. */

export const UNKNOWN = "unbekannt";
export const NO_PERSPECTIVE = "ohne Angabe";

export const stateNames: Record<string, string> = states;

export const kindNames: Record<string, string> = {
  kreisfreie_stadt: "Kreisfreie Stadt",
  stadtkreis: "Stadtkreis",
  landkreis: "Landkreis",
  kreis: "Kreis",
  regionalverband: "Regionalverband",
  kreisangehoerige_stadt: "Kreisangehörige Stadt",
};

/** Urban vs. rural character of a kind; the Regionalverband Saarbrücken mixes city and surroundings. */
export type Settlement = "urban" | "rural" | "mixed";
export const settlementOf: Record<string, Settlement> = {
  kreisfreie_stadt: "urban",
  stadtkreis: "urban",
  kreisangehoerige_stadt: "urban",
  landkreis: "rural",
  kreis: "rural",
  regionalverband: "mixed",
};

export const experienceBands = ["0–2 Jahre", "3–5 Jahre", "6–10 Jahre", "mehr als 10 Jahre"] as const;

export function experienceBand(years: number): string {
  const year = Number.isFinite(years) ? Math.floor(years) : 0;
  if (year <= 2) return experienceBands[0];
  if (year <= 5) return experienceBands[1];
  if (year <= 10) return experienceBands[2];
  return experienceBands[3];
}

/** Canonical spellings; other fields are kept as written (normalised) so new ones still count. */
export const perspectives = [
  "Jugendhilfeplanung",
  "Kita",
  "Schule/Bildung",
  "Sozialplanung",
  "Hilfen zur Erziehung",
  "Jugendarbeit",
  "Gesundheit",
  "Verwaltungsleitung",
] as const;
