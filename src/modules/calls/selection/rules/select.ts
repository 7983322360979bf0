/**
 * The selection of a call: proposes `places` applications that maximise the reviewers' scores and the
 * cohort's heterogeneity, explains every choice and keeps a waiting list. Pure and deterministic: the
 * same applications give the same result in any input order.
 */
import type { Candidate, Overrides, SelectionResult } from "./types.ts";
import { GroupModel } from "./objective.ts";
import { spreadOf } from "./spread.ts";
import { DISPLACED_REASON, UNREVIEWED_NOTE, reasonsFor, replacedReason } from "./reasons.ts";

const inTieBreakOrder = (a: Candidate, b: Candidate) => a.submittedAt.localeCompare(b.submittedAt) || a.id - b.id;

export function selectApplications(input: readonly Candidate[], places: number, overrides: Overrides = {}): SelectionResult {
  const seats = Number.isFinite(places) ? Math.max(0, Math.floor(places)) : 0;
  const all = [...input].sort(inTieBreakOrder);
  const { isOut, forced, isForced, replacedBy } = overrideSets(all, overrides, seats);

  // The proposal as if nobody had been overridden; an exclusion frees a seat for the best next candidate, then each
  // include takes the seat of the member the team named, or else of the least contributing one: one change per override.
  const model = new GroupModel(all);
  const everyone = all.map((_, i) => i);
  const proposal = model.pickGreedy(everyone, seats);
  const group = proposal.filter((i) => !isOut(i));
  for (const index of proposal) if (isOut(index)) model.remove(index);
  const later = new Set([...forced, ...replacedBy.keys()]);
  group.push(
    ...model.pickGreedy(
      everyone.filter((i) => !group.includes(i) && !isOut(i) && !later.has(i)),
      seats - group.length,
    ),
  );
  const displaced = placeForced(model, group, { forced, isForced, replacedBy, seats });

  const head = [...[...replacedBy.keys()].filter((i) => !group.includes(i)), ...displaced];
  for (const index of head) model.add(index);
  const rest = everyone.filter((i) => !group.includes(i) && !head.includes(i) && !isOut(i));
  const waiting = [...head, ...model.pickGreedy(rest, rest.length)];

  group.sort((a, b) => Number(isForced.has(b)) - Number(isForced.has(a)));
  const members = group.map((i) => all[i]);
  const waitingNote = (index: number) => {
    const taker = replacedBy.get(index);
    if (taker !== undefined) return [replacedReason(all[taker].municipality)];
    if (displaced.includes(index)) return [DISPLACED_REASON];
    return all[index].score === null ? [UNREVIEWED_NOTE] : [];
  };
  return {
    chosen: group.map((i) => ({ id: all[i].id, reasons: reasonsFor(all[i], members, all, isForced.has(i)), forced: isForced.has(i) })),
    waitingList: waiting.map((index, position) => ({ id: all[index].id, rank: position + 1, reasons: waitingNote(index) })),
    excluded: all
      .filter((_, i) => isOut(i))
      .map((c) => c.id)
      .sort((a, b) => a - b),
    unreviewed: all
      .filter((c) => c.score === null)
      .map((c) => c.id)
      .sort((a, b) => a - b),
    spread: { pool: spreadOf(all.filter((_, i) => !isOut(i))), group: spreadOf(members) },
  };
}

/** The overrides as indexes into `all`: who is out, the includes (at most one per seat) and whom each replaces. */
function overrideSets(all: readonly Candidate[], overrides: Overrides, seats: number) {
  const indexById = new Map(all.map((c, i) => [c.id, i]));
  const excludedIds = new Set(overrides.exclude ?? []);
  const isOut = (i: number) => excludedIds.has(all[i].id);
  const forced = [...new Set(overrides.include ?? [])]
    .filter((id) => indexById.has(id) && !excludedIds.has(id))
    .map((id) => indexById.get(id)!)
    .slice(0, seats);
  const isForced = new Set(forced);
  const replacedBy = new Map<number, number>();
  for (const { id, by } of overrides.replaced ?? []) {
    const [giver, taker] = [indexById.get(id), indexById.get(by)];
    if (giver !== undefined && taker !== undefined && isForced.has(taker) && !isForced.has(giver) && !isOut(giver)) replacedBy.set(giver, taker);
  }
  return { isOut, forced, isForced, replacedBy };
}

/** Seats the includes not in the group yet; returns the members who gave way without the team naming them. */
function placeForced(model: GroupModel, group: number[], how: { forced: number[]; isForced: Set<number>; replacedBy: Map<number, number>; seats: number }) {
  const displaced: number[] = [];
  for (const taker of how.forced) {
    if (group.includes(taker)) continue;
    if (group.length >= how.seats) {
      const named = [...how.replacedBy].find(([giver, by]) => by === taker && group.includes(giver));
      const out = named ? group.indexOf(named[0]) : leastContributing(model, group, how.isForced);
      if (!named) displaced.push(group[out]);
      model.remove(group[out]);
      group.splice(out, 1);
    }
    group.push(taker);
    model.add(taker);
  }
  return displaced;
}

/** Position in `group` of the unforced member whose loss costs least; on a tie the later pick goes. */
function leastContributing(model: GroupModel, group: number[], isForced: Set<number>): number {
  let out = -1;
  let lowest = Number.POSITIVE_INFINITY;
  group.forEach((index, position) => {
    if (isForced.has(index)) return;
    const value = model.contribution(index);
    if (value <= lowest) {
      out = position;
      lowest = value;
    }
  });
  return out;
}
