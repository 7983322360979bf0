import { test } from "node:test";
import assert from "node:assert/strict";
import { selectApplications } from "./select.ts";
import { exampleSelectionPool } from "../testing.ts";
import { FORCED_REASON, FORCED_UNREVIEWED_REASON, UNREVIEWED_NOTE } from "./reasons.ts";
import type { Candidate, SelectionResult } from "./types.ts";

const pool = exampleSelectionPool(40, 2027);
const result = selectApplications(pool, 9);
const ids = (r: SelectionResult) => r.chosen.map((c) => c.id);

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const copy = [...list];
  let state = seed;
  for (let last = copy.length - 1; last > 0; last--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const other = state % (last + 1);
    [copy[last], copy[other]] = [copy[other], copy[last]];
  }
  return copy;
}

const candidate = (id: number, values: Partial<Candidate>): Candidate => ({
  id,
  municipality: `Kommune ${id}`,
  land: "Sachsen",
  region: "Osten",
  kind: "Landkreis",
  sizeClass: "unter 100.000 Einwohner:innen",
  topics: [],
  stage: "Am Anfang",
  score: 0.5,
  reviewCount: 2,
  submittedAt: `2027-03-0${id}T08:00:00.000Z`,
  ...values,
});

test("nine of forty are proposed, everyone else is on the waiting list once", () => {
  assert.equal(result.chosen.length, 9);
  const everyone = [...ids(result), ...result.waitingList.map((w) => w.id)].sort((a, b) => a - b);
  assert.deepEqual(
    everyone,
    pool.map((c) => c.id),
  );
  assert.deepEqual(
    result.waitingList.map((w) => w.rank),
    result.waitingList.map((_, k) => k + 1),
  );
  assert.equal(result.spread.pool.size, 40);
  assert.equal(result.spread.group.size, 9);
});

test("the result does not depend on the order of the applications", () => {
  assert.deepEqual(selectApplications(shuffled(pool, 7), 9), result);
  assert.deepEqual(selectApplications([...pool].reverse(), 9), result);
});

test("the cohort is more varied than the nine best scores alone, and scores better than the pool", () => {
  const best = [...pool].sort((a, b) => (b.score ?? -1) - (a.score ?? -1)).slice(0, 9);
  const lands = (list: Candidate[]) => new Set(list.map((c) => c.land)).size;
  const group = pool.filter((c) => ids(result).includes(c.id));
  assert.ok(lands(group) >= lands(best), `${lands(group)} Länder vs ${lands(best)}`);
  assert.ok(result.spread.group.meanScore! > result.spread.pool.meanScore!);
});

test("reasons name the top score, a Land of its own and a topic nobody else brings", () => {
  const small = [candidate(1, { score: 0.86, topics: ["Kinderarmut"] }), candidate(2, { score: 0.5, land: "Sachsen-Anhalt" }), candidate(3, { score: 0.4 })];
  const chosen = selectApplications(small, 2).chosen;
  assert.deepEqual(
    chosen.map((c) => c.id),
    [1, 2],
  );
  assert.ok(chosen[0].reasons.includes("Höchste Bewertung im Pool (0,86, 2 Bewertungen)"));
  assert.ok(chosen[0].reasons.includes("Bringt das Thema Kinderarmut in die Gruppe"));
  assert.ok(chosen[1].reasons.includes("Einzige Kommune aus Sachsen-Anhalt"));
});

test("on a tie the earlier application wins; without review an application ranks after all reviewed ones", () => {
  const tied = [candidate(2, {}), candidate(1, {}), candidate(3, { score: null, reviewCount: 0, land: "Bayern", region: "Süden" })];
  const selection = selectApplications(tied, 1);
  assert.deepEqual(ids(selection), [1]);
  assert.deepEqual(
    selection.waitingList.map((w) => w.id),
    [2, 3],
  );
  assert.deepEqual(selection.waitingList[1].reasons, [UNREVIEWED_NOTE]);
  assert.deepEqual(selection.unreviewed, [3]);
  const forced = selectApplications(tied, 1, { include: [3], replaced: [{ id: 1, by: 3 }] });
  assert.deepEqual(forced.chosen[0].reasons.slice(0, 2), [FORCED_REASON, FORCED_UNREVIEWED_REASON]);
});

test("an include takes the seat of the member the team names, who heads the waiting list", () => {
  const outsider = result.waitingList.at(-1)!.id;
  const giver = result.chosen[0].id;
  const changed = selectApplications(pool, 9, { include: [outsider], replaced: [{ id: giver, by: outsider }] });
  assert.equal(changed.chosen[0].id, outsider);
  assert.equal(changed.chosen[0].reasons[0], FORCED_REASON);
  assert.deepEqual(
    ids(changed).slice(1).sort(),
    ids(result)
      .filter((id) => id !== giver)
      .sort(),
  );
  assert.equal(changed.waitingList[0].id, giver);
  assert.match(changed.waitingList[0].reasons[0], /^Gibt den Platz nach Wahl des Teams an /);
});

test("an include without a named member replaces the least contributing one; an exclude frees a seat for the next", () => {
  const outsider = result.waitingList.at(-1)!.id;
  const included = selectApplications(pool, 9, { include: [outsider] });
  assert.equal(included.chosen.length, 9);
  assert.equal(ids(included).filter((id) => !ids(result).includes(id)).length, 1);
  const excluded = selectApplications(pool, 9, { exclude: [result.chosen[0].id] });
  assert.ok(!ids(excluded).includes(result.chosen[0].id));
  assert.equal(excluded.chosen.length, 9);
  assert.equal(ids(excluded).filter((id) => ids(result).includes(id)).length, 8);
  assert.deepEqual(excluded.excluded, [result.chosen[0].id]);
  assert.equal(excluded.spread.pool.size, 39);
});
