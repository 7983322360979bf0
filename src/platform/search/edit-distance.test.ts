import { test } from "node:test";
import assert from "node:assert/strict";
import { closestTerms, damerauLevenshtein } from "./edit-distance.ts";

test("distance counts insertions, deletions, substitutions and swapped neighbours", () => {
  assert.equal(damerauLevenshtein("armut", "armut", 3), 0);
  assert.equal(damerauLevenshtein("armut", "arnut", 3), 1);
  assert.equal(damerauLevenshtein("armut", "armutt", 3), 1);
  assert.equal(damerauLevenshtein("armut", "amut", 3), 1);
  assert.equal(damerauLevenshtein("jugnedamt", "jugendamt", 3), 1, "a swap is one edit");
  assert.equal(damerauLevenshtein("kitten", "sitting", 3), 3);
  assert.equal(damerauLevenshtein("", "abc", 3), 3);
  assert.equal(damerauLevenshtein("ca", "abc", 3), 3, "optimal string alignment edits no substring twice");
});

test("distance stops at max + 1", () => {
  assert.equal(damerauLevenshtein("armut", "beteiligung", 2), 3);
  assert.equal(damerauLevenshtein("abcdef", "uvwxyz", 1), 2);
  assert.equal(damerauLevenshtein("a".repeat(5000), "b".repeat(5000), 2), 3);
});

test("short terms allow no typo, middle ones one, long ones two", () => {
  assert.deepEqual(closestTerms("kita", ["kito", "kita"]), ["kita"]);
  assert.deepEqual(closestTerms("armtu", ["armut", "arm", "armutt"]), ["armut"]);
  assert.deepEqual(closestTerms("beteilgung", ["beteiligung", "bet", "beteiligungg"]), ["beteiligung", "beteiligungg"]);
  assert.deepEqual(closestTerms("kita", ["kito"], 1), ["kito"], "an explicit maximum wins");
});

test("candidates come nearest first, in their own order among equals", () => {
  assert.deepEqual(closestTerms("jugendamtt", ["jugendamxyz", "jugendam", "jugendamt", "jugendamts"]), ["jugendamt", "jugendamts", "jugendam"]);
});
