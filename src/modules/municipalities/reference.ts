/** Fixed vocabularies of the module: Länder (from the AGS), official types, size classes, project phases. */

export const states: Record<string, string> = {
  "01": "Schleswig-Holstein",
  "02": "Hamburg",
  "03": "Niedersachsen",
  "04": "Bremen",
  "05": "Nordrhein-Westfalen",
  "06": "Hessen",
  "07": "Rheinland-Pfalz",
  "08": "Baden-Württemberg",
  "09": "Bayern",
  "10": "Saarland",
  "11": "Berlin",
  "12": "Brandenburg",
  "13": "Mecklenburg-Vorpommern",
  "14": "Sachsen",
  "15": "Sachsen-Anhalt",
  "16": "Thüringen",
};

export const stateCodeOf = (ags: string) => ags.slice(0, 2);

export const kinds = {
  kreisfreie_stadt: "Kreisfreie Stadt",
  stadtkreis: "Stadtkreis",
  landkreis: "Landkreis",
  kreis: "Kreis",
  regionalverband: "Regionalverband",
  kreisangehoerige_stadt: "Kreisangehörige Stadt mit eigenem Jugendamt",
  bezirk: "Bezirk mit eigenem Jugendamt",
} as const;
export type Kind = keyof typeof kinds;

export const sizeClasses = {
  // From 1: a population of 0 means no figure is at hand, not a small place.
  "unter-100000": { label: "unter 100.000 Einwohner:innen", min: 1, max: 99_999 },
  "100000-250000": { label: "100.000 bis 250.000", min: 100_000, max: 249_999 },
  "250000-500000": { label: "250.000 bis 500.000", min: 250_000, max: 499_999 },
  "ab-500000": { label: "500.000 und mehr", min: 500_000, max: 2_147_483_647 },
} as const;
export type SizeClass = keyof typeof sizeClasses;

export const phases = {
  idea: "Idee",
  concept: "Konzeption",
  implementation: "Umsetzung",
  consolidation: "Verstetigung",
} as const;
export type Phase = keyof typeof phases;

export const tandemRoles = {
  leader: "Führungskraft (Tandem)",
  planningSpecialist: "Planungsfachkraft (Tandem)",
} as const;
export type TandemRole = keyof typeof tandemRoles;

export const sortOrders = {
  name: "Name (A–Z)",
  "einwohner-absteigend": "Einwohner:innen (meiste zuerst)",
  "einwohner-aufsteigend": "Einwohner:innen (wenigste zuerst)",
  "flaeche-absteigend": "Fläche (größte zuerst)",
  "dichte-absteigend": "Bevölkerungsdichte (höchste zuerst)",
} as const;
export type SortOrder = keyof typeof sortOrders;

export { slugify } from "../../platform/slug.ts";

export const density = (population: number, areaKm2: number) => (areaKm2 > 0 ? population / areaKm2 : 0);
