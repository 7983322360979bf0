/**
 * Seat selection for the "Lernpfad Führung": fills the free seats with the most heterogeneous group
 * (Land, perspective, experience, type of municipality, tandems) and explains every choice.
 * Pure and deterministic: the same applicants give the same result in any input order.
 */
import type { Applicant, Choice, Overrides, SelectionResult } from "./types.ts";
import { toProfiles } from "./profile.ts";
import { DiversityModel } from "./diversity.ts";
import { spreadOf } from "./spread.ts";
import { summarize } from "./summary.ts";
import { ALL_FIT_REASON, rankReason, reasonsFor } from "./reasons.ts";

export function selectApplicants(applicants: Applicant[], seats: number, overrides: Overrides = {}): SelectionResult {
  const seatCount = Number.isFinite(seats) ? Math.max(0, Math.floor(seats)) : 0;
  const excludedIds = new Set(overrides.exclude ?? []);
  const all = toProfiles(applicants);
  const pool = all.filter((p) => !excludedIds.has(p.applicant.id));
  const notChosen = all.filter((p) => excludedIds.has(p.applicant.id)).map((p) => p.applicant.id).sort((a, b) => a - b);
  const indexById = new Map(pool.map((p, i) => [p.applicant.id, i]));

  const forcedAll = [...new Set(overrides.include ?? [])].filter((id) => indexById.has(id)).map((id) => indexById.get(id)!);
  const forced = forcedAll.slice(0, seatCount);
  const overflow = forcedAll.slice(seatCount);
  const isForced = new Set(forced);

  // The unforced proposal comes first, and forced includes replace its least contributing members:
  // an override then changes the group by exactly one person each, which the team can follow.
  const model = new DiversityModel(pool);
  const everyone = pool.map((_, i) => i);
  const proposal = model.pickGreedy(everyone, seatCount);
  const proposalRank = new Map(proposal.map((i, k) => [i, k + 1]));
  for (const i of proposal) model.remove(i);

  const group = [...forced, ...proposal.filter((i) => !isForced.has(i))];
  for (const i of group) model.add(i);
  while (group.length > seatCount) {
    const out = leastContributing(model, group, isForced, proposalRank);
    model.remove(group[out]);
    group.splice(out, 1);
  }
  const displaced = proposal.filter((i) => !group.includes(i)).length;

  // Waiting list: forced includes that did not fit, then whoever would add most to the group next.
  const inGroup = new Set(group);
  for (const i of overflow) model.add(i);
  const onHold = new Set(overflow);
  const rest = everyone.filter((i) => !inGroup.has(i) && !onHold.has(i));
  const waiting = [...overflow, ...model.pickGreedy(rest, rest.length)];

  const groupProfiles = group.map((i) => pool[i]);
  const fallback = (i: number) => (pool.length <= seatCount ? ALL_FIT_REASON : rankReason(pool[i], proposalRank.get(i)!));
  const chosen: Choice[] = group.map((i) => ({
    id: pool[i].applicant.id,
    reasons: reasonsFor(pool[i], groupProfiles, isForced.has(i), fallback(i)),
    forced: isForced.has(i),
  }));

  const spread = { pool: spreadOf(pool), group: spreadOf(groupProfiles) };
  return {
    chosen,
    waitingList: waiting.map((i, k) => ({ id: pool[i].applicant.id, rank: k + 1 })),
    notChosen,
    spread,
    summary: summarize({
      seats: seatCount,
      ...spread,
      groupProfiles,
      forced: forced.length,
      overflow: overflow.length,
      excluded: notChosen.length,
      displaced,
    }),
  };
}

/** Position in `group` of the unforced member whose loss costs least; on ties the later proposal pick goes. */
function leastContributing(model: DiversityModel, group: number[], isForced: Set<number>, rank: Map<number, number>): number {
  let out = -1;
  let lowest = Number.POSITIVE_INFINITY;
  for (let k = 0; k < group.length; k++) {
    const i = group[k];
    if (isForced.has(i)) continue;
    const score = model.contribution(i);
    if (score < lowest || (score === lowest && rank.get(i)! > rank.get(group[out])!)) {
      out = k;
      lowest = score;
    }
  }
  return out;
}
