import { test } from "node:test";
import assert from "node:assert/strict";
import type { Criterion } from "../../reference.ts";
import { meanScore, readScores, weightedScore } from "./score.ts";

const criteria: Criterion[] = [
  { key: "vorhaben", label: "Vorhaben", description: "", weight: 3 },
  { key: "transfer", label: "Nutzen für andere", description: "", weight: 1 },
];

test("a review's weighted score maps each criterion from 1..scaleMax to 0..1 and weighs it", () => {
  assert.equal(weightedScore(criteria, 5, { vorhaben: 1, transfer: 1 }), 0);
  assert.equal(weightedScore(criteria, 5, { vorhaben: 5, transfer: 5 }), 1);
  assert.equal(weightedScore(criteria, 5, { vorhaben: 5, transfer: 1 }), 0.75);
  assert.equal(weightedScore(criteria, 5, { vorhaben: 3 }), null, "a missing score gives no total");
  assert.equal(weightedScore([], 5, {}), null);
});

test("the mean runs over the reviewers, and the count includes every review", () => {
  assert.deepEqual(meanScore(criteria, 5, []), { mean: null, count: 0 });
  assert.deepEqual(
    meanScore(criteria, 5, [
      { vorhaben: 5, transfer: 5 },
      { vorhaben: 1, transfer: 1 },
    ]),
    { mean: 0.5, count: 2 },
  );
  assert.deepEqual(meanScore(criteria, 5, [{ vorhaben: 5, transfer: 5 }, { vorhaben: 2 }]), { mean: 1, count: 2 });
});

test("scores are read from the form only as whole numbers within the scale", () => {
  assert.deepEqual(readScores(criteria, 5, { "score-vorhaben": "4", "score-transfer": "1" }), { scores: { vorhaben: 4, transfer: 1 }, errors: {} });
  for (const wrong of ["0", "6", "abc", "2.5", "-1", " 3"]) {
    const { errors } = readScores(criteria, 5, { "score-vorhaben": wrong, "score-transfer": "1" });
    assert.match(errors["score-vorhaben"], /ganze Zahl von 1 bis 5/, wrong);
  }
  const { errors } = readScores(criteria, 5, { "score-vorhaben": "" });
  assert.match(errors["score-vorhaben"], /Bitte vergeben Sie für „Vorhaben“/);
  assert.match(errors["score-transfer"], /Bitte vergeben Sie für „Nutzen für andere“/);
});
