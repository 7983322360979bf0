import { test } from "node:test";
import assert from "node:assert/strict";
import { protect } from "./protection.ts";
import { seriesOf } from "../analysis/testing.ts";
import { valueMarks } from "../reference.ts";

test("a value from fewer cases than the minimum is hidden; a rate shows no total", () => {
  const result = protect(seriesOf([12.5, 40, 7.1], [10, 2, 3]), 3, { minCases: 3, additive: false });
  assert.deepEqual(
    result.cells.map((c) => [c.value, c.hidden]),
    [
      [12.5, null],
      [null, "cases"],
      [7.1, null],
    ],
  );
  assert.equal(result.total, null);
});

test("a count with one small cell hides a second one, the smallest, so the total gives nothing away", () => {
  // By hand: 2 < 3 is protected; beside the total 2+5+9+20 = 36 it could be worked out, so 5 goes too.
  const result = protect(seriesOf([2, 5, 9, 20]), 4, { minCases: 3, additive: true });
  assert.deepEqual(
    result.cells.map((c) => c.hidden),
    ["cases", "secondary", null, null],
  );
  assert.equal(result.total, 36);
});

test("a parent area's total is protected as well, and a group with nothing else to hide shows no total", () => {
  const result = protect(seriesOf([1, 50, 60, 70, null]), 5, {
    minCases: 3,
    additive: true,
    groups: [
      [0, 1],
      [2, 3],
      [0, 4],
    ],
  });
  assert.deepEqual(
    result.cells.map((c) => c.hidden),
    ["cases", "secondary", null, null, "missing"],
  );
  assert.deepEqual(result.groupTotals, [51, 130, null]);
});

test("placeholders of the source are kept apart: '-' is zero, '.' stays hidden", () => {
  const series = seriesOf([4, null, null]);
  series.marks[1] = valueMarks.nothing;
  series.values[1] = 0;
  series.marks[2] = valueMarks.secret;
  const result = protect(series, 3, { minCases: 3, additive: true });
  assert.deepEqual(
    result.cells.map((c) => [c.value, c.hidden, c.nothing]),
    [
      [4, null, false],
      [0, null, true],
      [null, "source", false],
    ],
  );
});

test("no protected value can be worked out from the visible ones and a total (random tables)", () => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let round = 0; round < 500; round++) {
    const length = 2 + Math.floor(random() * 12);
    const values = Array.from({ length }, () => (random() < 0.1 ? null : Math.floor(random() * 12)));
    const split = 1 + Math.floor(random() * (length - 1));
    const groups = [Array.from({ length: split }, (_, p) => p), Array.from({ length: length - split }, (_, p) => p + split)];
    const result = protect(seriesOf(values), length, { minCases: 3, additive: true, groups });
    const totals = [result.total, ...result.groupTotals];
    [Array.from({ length }, (_, p) => p), ...groups].forEach((group, index) => {
      if (totals[index] === null) return;
      const hidden = group.filter((p) => result.cells[p]!.hidden === "cases" || result.cells[p]!.hidden === "secondary");
      assert.notEqual(hidden.length, 1, `Gruppe ${index} in Runde ${round} verrät einen Wert`);
    });
    result.cells.forEach((cell, p) => {
      if (values[p] !== null && values[p]! < 3) assert.equal(cell.value, null);
    });
  }
});
