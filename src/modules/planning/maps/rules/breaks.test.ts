import { test } from "node:test";
import assert from "node:assert/strict";
import { breaks, classOf } from "./breaks.ts";

test("quantile limits split the sorted values into equal shares (type 7, computed by hand)", () => {
  // Sorted 1..9; quartile limits at 0.25·8 = 2 → 3, 0.5·8 = 4 → 5, 0.75·8 = 6 → 7.
  assert.deepEqual(breaks([9, 1, 8, 2, 7, 3, 6, 4, 5], "quantile", 4), [3, 5, 7]);
});

test("equal intervals split the range into equal widths", () => {
  // Range 0..10 in 4 classes: width 2.5.
  assert.deepEqual(breaks([0, 10, 3], "equal", 4), [2.5, 5, 7.5]);
});

test("standard deviation limits lie a deviation apart around the mean", () => {
  // Values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population sd 2; 4 classes → 3, 5, 7.
  assert.deepEqual(breaks([2, 4, 4, 4, 5, 5, 7, 9], "sd", 4), [3, 5, 7]);
});

test("natural breaks find the gaps between clusters", () => {
  assert.deepEqual(breaks([1, 2, 3, 20, 21, 22, 50, 51], "jenks", 3), [20, 50]);
});

test("a value on a limit belongs to the upper class", () => {
  assert.equal(classOf(2.9, [3, 5]), 0);
  assert.equal(classOf(3, [3, 5]), 1);
  assert.equal(classOf(9, [3, 5]), 2);
});
