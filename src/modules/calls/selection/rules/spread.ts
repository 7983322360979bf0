/** Counts per dimension, so the team can compare the proposed cohort with the pool. */
import type { Candidate, Spread, SpreadDimension } from "./types.ts";
import { UNKNOWN } from "./reasons.ts";

const valuesOf: Record<SpreadDimension, (c: Candidate) => string[]> = {
  lands: (c) => [c.land],
  regions: (c) => [c.region],
  kinds: (c) => [c.kind],
  sizeClasses: (c) => [c.sizeClass],
  stages: (c) => [c.stage],
  topics: (c) => (c.topics.length > 0 ? [...new Set(c.topics)] : [UNKNOWN]),
};

/** Counts ordered by frequency, then alphabetically; unknown last. */
function tally(labels: string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const keys = [...counts.keys()].sort(
    (a, b) => Number(a === UNKNOWN) - Number(b === UNKNOWN) || counts.get(b)! - counts.get(a)! || a.localeCompare(b, "de-DE"),
  );
  return Object.fromEntries(keys.map((key) => [key, counts.get(key)!]));
}

export function spreadOf(candidates: readonly Candidate[]): Spread {
  const scored = candidates.filter((c) => c.score !== null);
  const counts = Object.fromEntries(
    (Object.keys(valuesOf) as SpreadDimension[]).map((dimension) => [dimension, tally(candidates.flatMap(valuesOf[dimension]))]),
  ) as Spread["counts"];
  return {
    size: candidates.length,
    counts,
    meanScore: scored.length === 0 ? null : scored.reduce((sum, c) => sum + c.score!, 0) / scored.length,
  };
}
