/** Counts per dimension, so the team can compare the chosen group with the whole field. */
import type { Spread } from "./types.ts";
import { type Profile, kindLabel, stateLabel } from "./profile.ts";
import { NO_PERSPECTIVE, UNKNOWN, experienceBands, kindNames, perspectives, stateNames } from "./labels.ts";

/** Counts labels and orders them by a fixed vocabulary; other labels follow alphabetically, unknown last. */
function tally(labels: string[], order: readonly string[]): Record<string, number> {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  const rank = (label: string) => {
    if (label === UNKNOWN || label === NO_PERSPECTIVE) return order.length + 1;
    const index = order.indexOf(label);
    return index === -1 ? order.length : index;
  };
  const keys = [...counts.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, "de-DE"));
  return Object.fromEntries(keys.map((k) => [k, counts.get(k)!]));
}

const known = (record: Record<string, number>) => Object.keys(record).filter((k) => k !== UNKNOWN && k !== NO_PERSPECTIVE).length;

export function spreadOf(profiles: readonly Profile[]): Spread {
  const experienceBandCounts = tally(
    profiles.map((p) => p.band),
    experienceBands,
  );
  const perspectiveCounts = tally(
    profiles.map((p) => p.perspective),
    perspectives,
  );
  const stateCounts = tally(profiles.map(stateLabel), Object.values(stateNames));
  const kindCounts = tally(profiles.map(kindLabel), Object.values(kindNames));
  const tandems = profiles.filter((p) => p.applicant.tandemPartnerApplying).length;
  return {
    size: profiles.length,
    experienceBands: experienceBandCounts,
    perspectives: perspectiveCounts,
    states: stateCounts,
    municipalityKinds: kindCounts,
    tandems,
    tandemShare: profiles.length === 0 ? 0 : tandems / profiles.length,
    distinct: {
      experienceBands: known(experienceBandCounts),
      perspectives: known(perspectiveCounts),
      states: known(stateCounts),
      municipalityKinds: known(kindCounts),
    },
  };
}
