/** The fixed vocabularies of the planning workbench. */

/** more: a higher value means more need (SGB II share); less: a higher value means less need (day-care attendance). */
export const polarities = { more: "Höherer Wert bedeutet mehr Bedarf", less: "Höherer Wert bedeutet weniger Bedarf" } as const;
export type Polarity = keyof typeof polarities;

/** How each indicator is made comparable over the areas. */
export const standardisations = {
  z: "z-Werte (Mittelwert 0, Standardabweichung 1)",
  minmax: "Min–Max (0 bis 1)",
  rank: "Rangplätze",
} as const;
export type Standardisation = keyof typeof standardisations;

/** How the index is cut into classes. */
export const classifications = {
  quantile: "Quantile (gleich viele Gebiete je Klasse)",
  equal: "Gleiche Intervalle",
  sd: "Standardabweichungen vom Mittelwert",
  jenks: "Natürliche Unterbrechungen (Jenks)",
} as const;
export type Classification = keyof typeof classifications;

/**
 * What a value cell says besides its number (one byte per area in a series). The placeholders of
 * official statistics: "." secret or unknown, "-" nothing (exactly zero), "x" not sensible /
 * blocked, "…" and "/" not yet available or not reliable enough.
 */
export const valueMarks = { value: 0, missing: 1, secret: 2, nothing: 3, blocked: 4, notYet: 5 } as const;
export type ValueMark = keyof typeof valueMarks;

export const markLabels: Record<ValueMark, string> = {
  value: "Wert",
  missing: "kein Wert geliefert",
  secret: "geheim gehalten (Quelle: „.“)",
  nothing: "nichts vorhanden (Quelle: „-“)",
  blocked: "Aussage nicht sinnvoll (Quelle: „x“)",
  notYet: "noch nicht verfügbar oder nicht sicher genug (Quelle: „…“ bzw. „/“)",
};

/** Units an indicator can have; "Anzahl" values add up to a total, the others do not. */
export const units = ["Anzahl", "%", "je 1.000", "je 100", "Euro", "Jahre"] as const;
export const countUnit = "Anzahl";

/** Rules of small-number protection (rules/protection.ts). */
export const protectionDefaults = {
  /** Areas with fewer inhabitants are left out of the index (as Berlin's and Hamburg's monitoring do). */
  minPopulation: 300,
  /** Values from fewer cases are suppressed. */
  minCases: 3,
} as const;

/** The key of the indicator whose values are the areas' inhabitants. */
export const populationKey = "einwohner";
