import { test } from "node:test";
import assert from "node:assert/strict";
import { protect } from "../../rules/protection.ts";
import { emptySeries } from "../../rules/series.ts";
import { valueMarks } from "../../reference.ts";
import { hiddenCodes, protectedColumn, protectionRule } from "./cells.ts";

/** Values, cases and every kind of mark, so each branch of the rule is met. */
function sample(length: number) {
  const series = emptySeries(length);
  let seed = 11;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const marks = Object.values(valueMarks);
  for (let position = 0; position < length; position++) {
    series.marks[position] = random() < 0.8 ? valueMarks.value : marks[Math.floor(random() * marks.length)]!;
    series.values[position] = random() < 0.05 ? Number.NaN : Math.floor(random() * 40);
    series.cases[position] = random() < 0.3 ? -1 : Math.floor(random() * 10);
  }
  return series;
}

test("the analysis's cells are exactly what protect() shows: a hidden value never reaches it", () => {
  const length = 300;
  const series = sample(length);
  const areas = Array.from({ length }, (_, position) => ({ position, parentKey: `p${position % 7}` }));
  const rowOf = Int32Array.from({ length }, (_, position) => length - 1 - position);
  for (const unit of ["%", "Anzahl"]) {
    const rule = protectionRule({ minCases: 3, unit }, areas);
    assert.equal(rule.groups!.length, 7);
    const expected = protect(series, length, rule).cells;
    const column = protectedColumn(series, length, rule, rowOf, length);
    expected.forEach((cell, position) => {
      const row = rowOf[position]!;
      assert.equal(column.hidden[row], cell.hidden ? hiddenCodes[cell.hidden] : 0, `${unit} position ${position}`);
      if (cell.hidden) assert.ok(Number.isNaN(column.values[row]!));
      else assert.equal(column.values[row], cell.value);
    });
  }
});
