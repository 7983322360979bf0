import { test } from "node:test";
import assert from "node:assert/strict";
import { selectApplicants } from "./select.ts";
import { exampleApplicants } from "./generate.ts";
import type { Applicant, SelectionResult } from "./types.ts";

const SEATS = 7;
const pool = exampleApplicants(60, 2025);
const result = selectApplicants(pool, SEATS);
const chosenIds = (r: SelectionResult) => r.chosen.map((c) => c.id);

/** Deterministic Fisher–Yates with a small LCG, so the test never depends on Math.random. */
function shuffled<T>(list: readonly T[], seed: number): T[] {
  const copy = [...list];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const inner = state % (index + 1);
    [copy[index], copy[inner]] = [copy[inner], copy[index]];
  }
  return copy;
}

function assertPartition(selectionResult: SelectionResult, applicants: readonly Applicant[]) {
  const all = [...chosenIds(selectionResult), ...selectionResult.waitingList.map((w) => w.id), ...selectionResult.notChosen].sort((a, b) => a - b);
  assert.deepEqual(
    all,
    applicants.map((a) => a.id).sort((a, b) => a - b),
    "everyone appears exactly once",
  );
  assert.deepEqual(
    selectionResult.waitingList.map((w) => w.rank),
    selectionResult.waitingList.map((_, k) => k + 1),
    "ranks 1..n without gaps",
  );
}

test("seven of sixty applicants get a seat, everyone else is on the waiting list", () => {
  assert.equal(result.chosen.length, SEATS);
  assert.equal(new Set(chosenIds(result)).size, SEATS);
  assert.equal(result.waitingList.length, 60 - SEATS);
  assert.deepEqual(result.notChosen, []);
  assertPartition(result, pool);
});

test("the group is more diverse than the first seven applications", () => {
  const firstSeven = [...pool].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt)).slice(0, SEATS);
  const naive = selectApplicants(firstSeven, SEATS).spread.group.distinct;
  const group = result.spread.group.distinct;
  assert.ok(group.states > naive.states, `Länder ${group.states} vs ${naive.states}`);
  assert.ok(group.perspectives > naive.perspectives, `Perspektiven ${group.perspectives} vs ${naive.perspectives}`);
  assert.ok(group.experienceBands >= naive.experienceBands, `Erfahrung ${group.experienceBands} vs ${naive.experienceBands}`);
  assert.ok(group.municipalityKinds >= naive.municipalityKinds);
});

test("the result is deterministic and independent of input order", () => {
  assert.deepEqual(selectApplicants(pool, SEATS), result);
  assert.deepEqual(selectApplicants(shuffled(pool, 42), SEATS), result);
  assert.deepEqual(selectApplicants([...pool].reverse(), SEATS), result);
});

test("every chosen person has at least one concrete German reason", () => {
  for (const choice of result.chosen) {
    assert.ok(choice.reasons.length >= 1, `id ${choice.id}`);
    for (const reason of choice.reasons) assert.match(reason, /\S{3,}/);
    assert.equal(choice.forced, false);
  }
  assert.ok(result.summary.length >= 3 && result.summary.length <= 5);
  assert.match(result.summary[0], /^Die Gruppe deckt \d+ von \d+ Bundesländern des Bewerbungsfelds ab/);
});

test("a forced include takes a seat and pushes out exactly one other person", () => {
  const last = result.waitingList.at(-1)!.id;
  const forced = selectApplicants(pool, SEATS, { include: [last] });
  assert.equal(forced.chosen.length, SEATS);
  const choice = forced.chosen.find((c) => c.id === last);
  assert.ok(choice?.forced);
  assert.equal(choice.reasons[0], "Vom Team gesetzt");
  const kept = chosenIds(forced).filter((id) => chosenIds(result).includes(id));
  assert.equal(kept.length, SEATS - 1);
  assertPartition(forced, pool);
});

test("an excluded person is never chosen and not waiting either", () => {
  const out = result.chosen[0].id;
  const excluded = selectApplicants(pool, SEATS, { exclude: [out], include: [out] });
  assert.equal(excluded.chosen.length, SEATS);
  assert.ok(!chosenIds(excluded).includes(out));
  assert.ok(!excluded.waitingList.some((w) => w.id === out));
  assert.deepEqual(excluded.notChosen, [out]);
  assert.equal(excluded.spread.pool.size, 59);
  assertPartition(excluded, pool);
});

test("excluding any chosen person swaps exactly that one person", () => {
  for (const { id } of result.chosen) {
    const after = chosenIds(selectApplicants(pool, SEATS, { exclude: [id] }));
    assert.equal(after.filter((x) => chosenIds(result).includes(x)).length, SEATS - 1, `excluding ${id}`);
  }
});

test("more forced includes than seats: the first ones by override order sit, the rest wait first", () => {
  const include = result.waitingList
    .slice(0, 9)
    .map((w) => w.id)
    .reverse();
  const selectionResult = selectApplicants(pool, SEATS, { include });
  assert.deepEqual(chosenIds(selectionResult), include.slice(0, SEATS));
  assert.deepEqual(
    selectionResult.waitingList.slice(0, 2).map((w) => w.id),
    include.slice(SEATS),
  );
  assertPartition(selectionResult, pool);
});

test("fewer applicants than seats: everyone is chosen and the free seats are named", () => {
  const few = pool.slice(0, 5);
  const selectionResult = selectApplicants(few, SEATS);
  assert.deepEqual(
    [...chosenIds(selectionResult)].sort((a, b) => a - b),
    [1, 2, 3, 4, 5],
  );
  assert.deepEqual(selectionResult.waitingList, []);
  assert.ok(selectionResult.chosen.every((c) => c.reasons.length >= 1));
  assert.ok(selectionResult.summary.some((s) => s.includes("2 Plätze bleiben frei")));
});

test("no applicants or no seats give an empty but explained result", () => {
  const empty = selectApplicants([], SEATS);
  assert.deepEqual([empty.chosen, empty.waitingList, empty.notChosen], [[], [], []]);
  assert.equal(empty.spread.pool.size, 0);
  assert.match(empty.summary[0], /keine Bewerbungen/);

  const noSeats = selectApplicants(pool, 0);
  assert.deepEqual(noSeats.chosen, []);
  assert.equal(noSeats.waitingList.length, 60);
  assertPartition(noSeats, pool);
});

test("perspectives are compared ignoring case and whitespace; unknown Länder stay unknown", () => {
  const base = pool.slice(0, 3);
  const applicants: Applicant[] = [
    { ...base[0], perspective: " kita " },
    { ...base[1], perspective: "KITA", stateCode: "99" },
    { ...base[2], perspective: "Schule /  Bildung", stateCode: "" },
  ];
  const selectionResult = selectApplicants(applicants, SEATS);
  assert.deepEqual(selectionResult.spread.group.perspectives, { Kita: 2, "Schule/Bildung": 1 });
  assert.equal(selectionResult.spread.group.states.unbekannt, 2);
  assert.equal(selectionResult.spread.group.distinct.states, 1);
  assert.ok(selectionResult.chosen.every((c) => !c.reasons.some((reason) => reason.includes("aus unbekannt"))));
});

test("a thousand applicants are handled", () => {
  const many = exampleApplicants(1000, 7);
  const selectionResult = selectApplicants(many, SEATS);
  assert.equal(selectionResult.chosen.length, SEATS);
  assert.equal(selectionResult.waitingList.length, 1000 - SEATS);
  assertPartition(selectionResult, many);
});

test("the example data is deterministic and plausible", () => {
  assert.deepEqual(exampleApplicants(20, 3), exampleApplicants(20, 3));
  assert.notDeepEqual(exampleApplicants(20, 3), exampleApplicants(20, 4));
  const many = exampleApplicants(1000, 11);
  const tandemShare = many.filter((a) => a.tandemPartnerApplying).length / many.length;
  assert.ok(tandemShare > 0.25 && tandemShare < 0.35, `tandem share ${tandemShare}`);
  for (const left of many) {
    assert.match(left.stateCode, /^(0[1-9]|1[0-6])$/);
    assert.ok(left.yearsOfExperience >= 0 && left.yearsOfExperience <= 30);
  }
});

test("a member the team names gives up the seat to a forced include and heads the waiting list", () => {
  const outsider = result.waitingList[10].id;
  const giver = result.chosen[2].id;
  const swapped = selectApplicants(pool, SEATS, { include: [outsider], replaced: [{ id: giver, by: outsider }] });
  assert.deepEqual(chosenIds(swapped).sort(), [...chosenIds(result).filter((id) => id !== giver), outsider].sort());
  assert.deepEqual(swapped.waitingList[0], { id: giver, rank: 1 });
  assert.match(swapped.waitingReasons.get(giver)!, /gibt den Platz nach Wahl des Teams an .+ ab/);
  assert.match(swapped.summary.at(-1)!, /dafür gibt .+ nach Wahl des Teams den Platz ab und steht vorn auf der Warteliste\.$/);
  assertPartition(swapped, pool);
});

test("those already told keep the field they are compared with: settled people are no exclusions", () => {
  const kept = chosenIds(result);
  const settled = result.waitingList.map((w) => w.id);
  const after = selectApplicants(pool, SEATS, { kept, settled });
  assert.deepEqual(chosenIds(after), kept);
  assert.deepEqual(after.waitingList, []);
  assert.deepEqual(after.spread, result.spread);
  assert.deepEqual(after.summary, result.summary);
  assert.ok(after.chosen.every((c) => !c.forced));
});

test("after an exclusion, admitting someone in place of a named member changes nothing else", () => {
  const out = result.chosen[0].id;
  const excluded = selectApplicants(pool, SEATS, { exclude: [out] });
  const outsider = excluded.waitingList[3].id;
  const giver = excluded.chosen[4].id;
  const swapped = selectApplicants(pool, SEATS, { exclude: [out], include: [outsider], replaced: [{ id: giver, by: outsider }] });
  assert.deepEqual(chosenIds(swapped).sort(), [...chosenIds(excluded).filter((id) => id !== giver), outsider].sort());
  assert.equal(swapped.chosen[0].id, outsider, "the forced include comes first");
  assert.deepEqual(swapped.waitingList[0], { id: giver, rank: 1 });
  assertPartition(swapped, pool);
});
