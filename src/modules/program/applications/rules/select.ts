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

/** The applicants' ids, smallest first. */
const idsInOrder = (profiles: ReturnType<typeof toProfiles>) => profiles.map((profile) => profile.applicant.id).sort((a, b) => a - b);

export function selectApplicants(applicants: Applicant[], seats: number, overrides: Overrides = {}): SelectionResult {
  const seatCount = Number.isFinite(seats) ? Math.max(0, Math.floor(seats)) : 0;
  const excludedIds = new Set(overrides.exclude ?? []);
  const all = toProfiles(applicants);
  const isExcluded = (i: number) => excludedIds.has(all[i].applicant.id);
  const pool = all.filter((_, i) => !isExcluded(i));
  const notChosen = idsInOrder(all.filter((_, i) => isExcluded(i)));
  const indexById = new Map(all.map((p, i) => [p.applicant.id, i]));

  const forcedAll = [...new Set(overrides.include ?? [])].filter((id) => indexById.has(id) && !excludedIds.has(id)).map((id) => indexById.get(id)!);
  const forced = forcedAll.slice(0, seatCount);
  const overflow = forcedAll.slice(seatCount);
  const isForced = new Set(forced);

  // The proposal is computed as if nobody had been overridden. A forced include replaces its least
  // contributing member, an exclusion frees one seat for the best next candidate: every override
  // changes the group by exactly one person, which the team can follow.
  const model = new DiversityModel(all);
  const everyone = all.map((_, i) => i);
  const proposal = model.pickGreedy(everyone, seatCount);
  const proposalRank = new Map(proposal.map((i, k) => [i, k + 1]));
  for (const index of proposal) model.remove(index);

  const group = [...forced, ...proposal.filter((i) => !isForced.has(i) && !isExcluded(i))];
  for (const index of group) model.add(index);
  while (group.length > seatCount) {
    const out = leastContributing(model, group, isForced, proposalRank);
    model.remove(group[out]);
    group.splice(out, 1);
  }
  const onHold = new Set(overflow);
  const open = () => everyone.filter((i) => !group.includes(i) && !onHold.has(i) && !isExcluded(i));
  for (const index of model.pickGreedy(open(), seatCount - group.length)) {
    group.push(index);
    proposalRank.set(index, proposalRank.size + 1);
  }
  const displaced = proposal.filter((i) => !group.includes(i) && !isExcluded(i)).length;

  // Waiting list: forced includes that did not fit, then whoever would add most to the group next.
  for (const index of overflow) model.add(index);
  const rest = open();
  const waiting = [...overflow, ...model.pickGreedy(rest, rest.length)];

  const groupProfiles = group.map((i) => all[i]);
  const fallback = (i: number) => (pool.length <= seatCount ? ALL_FIT_REASON : rankReason(all[i], proposalRank.get(i)!));
  const chosen: Choice[] = group.map((i) => ({
    id: all[i].applicant.id,
    reasons: reasonsFor(all[i], groupProfiles, isForced.has(i), fallback(i)),
    forced: isForced.has(i),
  }));

  const spread = { pool: spreadOf(pool), group: spreadOf(groupProfiles) };
  return {
    chosen,
    waitingList: waiting.map((i, k) => ({ id: all[i].applicant.id, rank: k + 1 })),
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
  for (let count = 0; count < group.length; count++) {
    const index = group[count];
    if (isForced.has(index)) continue;
    const score = model.contribution(index);
    if (score < lowest || (score === lowest && rank.get(index)! > rank.get(group[out])!)) {
      out = count;
      lowest = score;
    }
  }
  return out;
}
