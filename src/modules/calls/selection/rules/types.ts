/** Data shapes of the selection of a call's applications (pure, no I/O). Values are German labels. */

export interface Candidate {
  id: number;
  municipality: string;
  land: string;
  region: string;
  /** Type of municipality, e.g. "Landkreis". */
  kind: string;
  /** Population size class, e.g. "unter 100.000 Einwohner:innen". */
  sizeClass: string;
  /** Topics of the change project. */
  topics: string[];
  /** Stage of the municipality's integrated planning. */
  stage: string;
  /** The reviewers' mean score, normalised to 0..1; null without any review. */
  score: number | null;
  reviewCount: number;
  /** ISO timestamp; breaks ties, so the earlier application wins. */
  submittedAt: string;
}

/** The team's overrides: ids forced in or out, and for an include into a full group whom it replaces. */
export interface Overrides {
  include?: number[];
  exclude?: number[];
  /** The member who gives up the seat (`id`) for a forced include (`by`). */
  replaced?: { id: number; by: number }[];
}

export type SpreadDimension = "lands" | "regions" | "kinds" | "sizeClasses" | "topics" | "stages";

/** Counts per value of each dimension, and the mean score; unknown values count as "unbekannt". */
export interface Spread {
  size: number;
  counts: Record<SpreadDimension, Record<string, number>>;
  meanScore: number | null;
}

export interface Choice {
  id: number;
  reasons: string[];
  forced: boolean;
}

export interface Waiting {
  id: number;
  rank: number;
  reasons: string[];
}

export interface SelectionResult {
  /** Forced includes first, then in the order the proposal picked them. */
  chosen: Choice[];
  waitingList: Waiting[];
  /** Ids the team excluded, ascending. */
  excluded: number[];
  /** Ids without any review, ascending. */
  unreviewed: number[];
  spread: { pool: Spread; group: Spread };
}
