/**
 * Seat selection for the "Lernpfad Führung": fills the free seats with the most heterogeneous group
 * (Land, perspective, experience, type of municipality, tandems) and explains every choice.
 * Pure and deterministic: the same applicants give the same result in any input order.
 */
import type { Applicant, Choice, Overrides, SelectionResult } from "./types.ts";
import { toProfiles, type Profile } from "./profile.ts";
import { DiversityModel } from "./diversity.ts";
import { spreadOf } from "./spread.ts";
import { summarize } from "./summary.ts";
import { ALL_FIT_REASON, DISPLACED_REASON, rankReason, reasonsFor, replacedReason } from "./reasons.ts";

/** The applicants' ids, smallest first. */
const idsInOrder = (profiles: ReturnType<typeof toProfiles>) => profiles.map((profile) => profile.applicant.id).sort((a, b) => a - b);

export function selectApplicants(applicants: Applicant[], seats: number, overrides: Overrides = {}): SelectionResult {
  const seatCount = Number.isFinite(seats) ? Math.max(0, Math.floor(seats)) : 0;
  const all = toProfiles(applicants);
  const { isExcluded, isOut, forced, overflow, isForced, isForcedByTeam, replacedBy } = overrideSets(all, overrides, seatCount);
  const pool = all.filter((_, i) => !isExcluded(i));
  const notChosen = idsInOrder(all.filter((_, i) => isOut(i)));

  // The proposal is computed as if nobody had been overridden. An exclusion frees one seat for the best
  // next candidate; then each forced include takes the seat of the member the team named (or else of the
  // least contributing one): every override changes the group by exactly one person, which the team can follow.
  const model = new DiversityModel(all);
  const everyone = all.map((_, i) => i);
  const proposal = model.pickGreedy(everyone, seatCount);
  const proposalRank = new Map(proposal.map((i, k) => [i, k + 1]));
  const group = proposal.filter((i) => !isOut(i));
  for (const index of proposal) if (isOut(index)) model.remove(index);
  const placedLater = new Set([...forced, ...overflow, ...replacedBy.keys()]);
  const candidates = () => everyone.filter((i) => !group.includes(i) && !isOut(i) && !placedLater.has(i));
  for (const index of model.pickGreedy(candidates(), seatCount - group.length)) {
    group.push(index);
    proposalRank.set(index, proposalRank.size + 1);
  }
  const displaced = placeForced(model, group, { forced, isForced, replacedBy, seatCount, rank: proposalRank });

  // Waiting list: forced includes that did not fit, whoever gave up a seat, then whoever would add most to the group next.
  const head = [...overflow, ...[...replacedBy.keys()].filter((i) => !isOut(i) && !group.includes(i)), ...displaced];
  for (const index of head) model.add(index);
  const rest = everyone.filter((i) => !group.includes(i) && !head.includes(i) && !isOut(i));
  const waiting = [...head, ...model.pickGreedy(rest, rest.length)];
  const waitingReasons = new Map<number, string>();
  for (const [index, taker] of replacedBy) waitingReasons.set(all[index].applicant.id, replacedReason(all[taker].applicant.name));
  for (const index of displaced) waitingReasons.set(all[index].applicant.id, DISPLACED_REASON);

  group.sort((a, b) => Number(isForced.has(b)) - Number(isForced.has(a)) || (isForced.has(a) ? forced.indexOf(a) - forced.indexOf(b) : 0));
  const groupProfiles = group.map((i) => all[i]);
  const fallback = (i: number) => (pool.length <= seatCount ? ALL_FIT_REASON : rankReason(all[i], proposalRank.get(i) ?? group.indexOf(i) + 1));
  const chosen: Choice[] = group.map((i) => ({
    id: all[i].applicant.id,
    reasons: reasonsFor(all[i], groupProfiles, isForcedByTeam(i), fallback(i)),
    forced: isForcedByTeam(i),
  }));

  const spread = { pool: spreadOf(pool), group: spreadOf(groupProfiles) };
  return {
    chosen,
    waitingList: waiting.map((i, k) => ({ id: all[i].applicant.id, rank: k + 1 })),
    notChosen,
    waitingReasons,
    spread,
    summary: summarize({
      seats: seatCount,
      ...spread,
      groupProfiles,
      forced: forced.filter(isForcedByTeam).length,
      overflow: overflow.length,
      excluded: all.filter((_, i) => isExcluded(i)).length,
      displaced: displaced.length,
      replaced: [...replacedBy.keys()].map((i) => all[i].applicant.name),
    }),
  };
}

/**
 * Seats the forced includes that are not in the group yet: on a free seat, else in place of the member
 * the team named, else of the least contributing unforced member. Returns those displaced without being named.
 */
function placeForced(
  model: DiversityModel,
  group: number[],
  how: { forced: number[]; isForced: Set<number>; replacedBy: Map<number, number>; seatCount: number; rank: Map<number, number> },
): number[] {
  const displaced: number[] = [];
  for (const taker of how.forced) {
    if (group.includes(taker)) continue;
    if (group.length >= how.seatCount) {
      const named = [...how.replacedBy].find(([giver, by]) => by === taker && group.includes(giver) && !how.isForced.has(giver));
      const out = named ? group.indexOf(named[0]) : leastContributing(model, group, how.isForced, how.rank);
      if (!named) displaced.push(group[out]);
      model.remove(group[out]);
      group.splice(out, 1);
    }
    group.push(taker);
    model.add(taker);
  }
  return displaced;
}

/** The overrides as sets of indexes into `all`. */
function overrideSets(all: Profile[], overrides: Overrides, seatCount: number) {
  const excludedIds = new Set(overrides.exclude ?? []);
  const settledIds = new Set(overrides.settled ?? []);
  const isExcluded = (i: number) => excludedIds.has(all[i].applicant.id);
  const isOut = (i: number) => isExcluded(i) || settledIds.has(all[i].applicant.id);
  const indexById = new Map(all.map((p, i) => [p.applicant.id, i]));
  // Whoever was already told of a seat keeps it; then the team's includes in their order.
  const byTeam = new Set((overrides.include ?? []).map((id) => indexById.get(id)));
  const forcedAll = [...new Set([...(overrides.kept ?? []), ...(overrides.include ?? [])])]
    .filter((id) => indexById.has(id) && !excludedIds.has(id) && !settledIds.has(id))
    .map((id) => indexById.get(id)!);
  const forced = forcedAll.slice(0, seatCount);
  const isForced = new Set(forced);
  const isForcedByTeam = (i: number) => isForced.has(i) && byTeam.has(i);
  const replacedBy = replacements(overrides, indexById, isForcedByTeam, (i) => isForced.has(i) || isExcluded(i));
  return { isExcluded, isOut, forced, overflow: forcedAll.slice(seatCount), isForced, isForcedByTeam, replacedBy };
}

/** The members the team chose to give up their seat, each with the forced include that takes it. */
function replacements(overrides: Overrides, indexById: Map<number, number>, isTaker: (i: number) => boolean, cannotGiveWay: (i: number) => boolean) {
  const replacedBy = new Map<number, number>();
  for (const { id, by } of overrides.replaced ?? []) {
    const index = indexById.get(id);
    const taker = indexById.get(by);
    if (index === undefined || taker === undefined || !isTaker(taker) || cannotGiveWay(index)) continue;
    replacedBy.set(index, taker);
  }
  return replacedBy;
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
