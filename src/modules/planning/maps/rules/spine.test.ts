import { test } from "node:test";
import assert from "node:assert/strict";
import { renderSpine, spinePosition } from "./spine.ts";

test("the mean sits in the middle, each side scaled to the larger distance, more need to the right", () => {
  // min 10, mean 20, max 40: reach = max(40 − 20, 20 − 10) = 20; 30 lies at 0.5 + 10 / 40 = 0.75.
  const row = { min: 10, max: 40, mean: 20, polarity: "more" as const };
  assert.equal(spinePosition(row, 20), 0.5);
  assert.equal(spinePosition(row, 30), 0.75);
  assert.equal(spinePosition(row, 10), 0.25);
  assert.equal(spinePosition(row, 40), 1);
  // Higher means less need: the same value goes to the left.
  assert.equal(spinePosition({ ...row, polarity: "less" }, 30), 0.25);
});

test("a protected value gets no dot, only its sign; the chart has a title and a description", () => {
  const svg = renderSpine({
    title: "Profil",
    rows: [
      { label: "Quote A", min: 10, max: 40, mean: 20, value: 30, valueText: "30,0 %", polarity: "more" },
      { label: "Quote B", min: 1, max: 3, mean: 2, value: null, valueText: "·", polarity: "less" },
    ],
  });
  assert.equal((svg.match(/<circle /g) ?? []).length, 1);
  assert.match(svg, /<title id="profil-titel">Profil<\/title>/);
  assert.match(svg, /<desc id="profil-beschreibung">/);
  assert.match(svg, />·<\/text>/);
  // Chart from x = 220, 300 wide: 30 at 0.75 → 445.
  assert.match(svg, /<circle cx="445"/);
});
