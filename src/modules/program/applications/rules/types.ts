/** Data shapes of the seat selection for the "Lernpfad Führung" (pure, no I/O). */

export interface Applicant {
  id: number;
  name: string;
  municipalityName: string;
  /** "01".."16" (first two AGS digits); anything else counts as "unbekannt". */
  stateCode: string;
  /** "kreisfreie_stadt" | "stadtkreis" | "landkreis" | "kreis" | "regionalverband" | "kreisangehoerige_stadt" */
  municipalityKind: string;
  /** Years in a leadership role, 0..60. */
  yearsOfExperience: number;
  /** Field, e.g. "Jugendhilfeplanung", "Kita"; compared ignoring case and whitespace. */
  perspective: string;
  /** The leader's planning specialist applies for the Lernpfad Change too. */
  tandemPartnerApplying: boolean;
  /** ISO timestamp, used only for deterministic tie-breaks. */
  submittedAt: string;
}

/** Ids the team forces in or out; an id in both lists stays out. */
export interface Overrides {
  include?: number[];
  exclude?: number[];
  /** Members of the group the team chose to give up their seat to a forced include (`by`); they head the waiting list. */
  replaced?: { id: number; by: number }[];
  /** Already told they have a seat: in the group, but not counted as the team's choice. */
  kept?: number[];
  /** Already told they have no seat: out of the group and the waiting list, but still part of the field. */
  settled?: number[];
}

/**
 * Composition of a set of applicants. Keys are German labels ("Thüringen", "Kita", "3–5 Jahre",
 * "Landkreis"); only occurring values are listed, in canonical order. Unknown values appear as
 * "unbekannt" / "ohne Angabe" but are not counted in `distinct`.
 */
export interface Spread {
  size: number;
  experienceBands: Record<string, number>;
  perspectives: Record<string, number>;
  states: Record<string, number>;
  municipalityKinds: Record<string, number>;
  tandems: number;
  /** 0..1; 0 for an empty set. */
  tandemShare: number;
  distinct: { experienceBands: number; perspectives: number; states: number; municipalityKinds: number };
}

export interface Choice {
  id: number;
  reasons: string[];
  forced: boolean;
}

export interface SelectionResult {
  /** Forced includes first (in override order), then in the order the diversity ranking picked them. */
  chosen: Choice[];
  waitingList: { id: number; rank: number }[];
  /** Excluded and settled ids (ascending); everyone else who is not chosen is on the waiting list. */
  notChosen: number[];
  /** Why someone on the waiting list is there when the team put them there. */
  waitingReasons: Map<number, string>;
  spread: { pool: Spread; group: Spread };
  summary: string[];
}
