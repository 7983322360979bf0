import { test } from "node:test";
import assert from "node:assert/strict";
import { profileRows } from "./profile.ts";
import type { ProtectedCell } from "../../rules/protection.ts";

const shown = (value: number): ProtectedCell => ({ value, hidden: null, nothing: false });
const hidden: ProtectedCell = { value: null, hidden: "cases", nothing: false };

test("a profile row has the spread of the visible values, the area's value and its change", () => {
  const rows = profileRows(
    [
      {
        key: "sgb2_u15",
        name: "SGB II",
        unit: "%",
        polarity: "more",
        current: [shown(10), shown(20), hidden, shown(30)],
        previous: [shown(12), shown(15), shown(1), shown(30)],
      },
    ],
    1,
  );
  // By hand: visible 10, 20, 30 → min 10, max 30, mean 20; the hidden cell does not count. Change 20 − 15 = 5.
  assert.deepEqual(rows[0]!.spread, { min: 10, max: 30, mean: 20 });
  assert.equal(rows[0]!.value, 20);
  assert.equal(rows[0]!.change, 5);
});

test("a protected value has no value and no change", () => {
  const rows = profileRows(
    [{ key: "hze_u21", name: "HzE", unit: "je 1.000", polarity: "more", current: [shown(4), hidden], previous: [shown(3), shown(2)] }],
    1,
  );
  assert.equal(rows[0]!.value, null);
  assert.equal(rows[0]!.hidden, "cases");
  assert.equal(rows[0]!.change, null);
});
