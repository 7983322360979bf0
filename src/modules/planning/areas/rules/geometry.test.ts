import { test } from "node:test";
import assert from "node:assert/strict";
import { repairRings, selfIntersection, type Ring } from "./geometry.ts";
import { checkExtent, checkGaps, checkOverlaps, checkOverlapsIfAny, unionOf } from "./coverage.ts";
import { formatArea } from "./measure.ts";
import { rectangle } from "../testing.ts";
import { problemTexts } from "../texts.ts";

const messages = { notClosed: problemTexts.ringOpen, tooFew: problemTexts.ringShort };

/** A rectangle's surface in m², on the plane through its middle latitude, as the checks measure. */
function rectangleArea(west: number, south: number, east: number, north: number): number {
  const radius = 6_371_008.8;
  const radian = Math.PI / 180;
  return (east - west) * radius * radian * Math.cos(((south + north) / 2) * radian) * ((north - south) * radius * radian);
}

test("an open ring is closed, a ring of three positions is dropped, each with a problem", () => {
  const open: Ring = [
    [7.1, 50.7],
    [7.2, 50.7],
    [7.2, 50.8],
    [7.1, 50.8],
  ];
  const result = repairRings(
    [
      [open],
      [
        [
          [7.3, 50.7],
          [7.4, 50.7],
          [7.3, 50.7],
        ],
      ],
    ],
    messages,
  );
  assert.deepEqual(result.polygons, [[[...open, [7.1, 50.7]]]]);
  assert.deepEqual(
    result.problems.map((p) => p.code),
    ["ring_open", "ring_short"],
  );
});

test("a bow tie crosses itself; a plain rectangle does not", () => {
  const bowTie: Ring = [
    [0, 0],
    [2, 2],
    [2, 0],
    [0, 2],
    [0, 0],
  ];
  assert.notEqual(selfIntersection(bowTie), null);
  assert.equal(selfIntersection(rectangle(0, 0, 1, 1)), null);
});

test("two areas sharing a column of 0.01° get the overlap with its size, in both directions", () => {
  const areas = [
    { key: "0101", polygons: [[rectangle(7.1, 50.7, 7.12, 50.71)]] },
    { key: "0102", polygons: [[rectangle(7.11, 50.7, 7.13, 50.71)]] },
    { key: "0103", polygons: [[rectangle(7.13, 50.7, 7.14, 50.71)]] },
  ];
  const found = checkOverlaps(areas);
  const size = formatArea(rectangleArea(7.11, 50.7, 7.12, 50.71));
  assert.match(size, /^\d+,\d ha$/);
  assert.deepEqual(found.get(0), [{ code: "overlap", message: `Überschneidet sich auf etwa ${size} mit Gebiet 0102.` }]);
  assert.deepEqual(found.get(1), [{ code: "overlap", message: `Überschneidet sich auf etwa ${size} mit Gebiet 0101.` }]);
  // 0102 and 0103 only share a border.
  assert.equal(found.get(2), undefined);
});

test("a hole in the middle of a 3×3 block is a gap told to the areas around it", () => {
  const step = 0.01;
  const areas = [];
  for (let row = 0; row < 3; row++)
    for (let column = 0; column < 3; column++) {
      if (row === 1 && column === 1) continue;
      const [west, south] = [7.1 + column * step, 50.7 + row * step];
      areas.push({ key: `${row}${column}`, polygons: [[rectangle(west, south, west + step, south + step)]] });
    }
  const found = checkGaps(areas);
  const size = formatArea(rectangleArea(7.11, 50.71, 7.12, 50.72));
  assert.equal(found.size, 8);
  assert.match(found.get(0)![0].message, new RegExp(`Lücke von etwa ${size}`));
  // The outline itself is no gap.
  assert.equal(checkGaps(areas.slice(0, 3)).size, 0);
});

test("an area in France and an area 40 km from the others are outside the extent", () => {
  const areas = [
    { key: "1", polygons: [[rectangle(7.1, 50.7, 7.11, 50.71)]] },
    { key: "2", polygons: [[rectangle(7.11, 50.7, 7.12, 50.71)]] },
    { key: "3", polygons: [[rectangle(7.12, 50.7, 7.13, 50.71)]] },
    { key: "4", polygons: [[rectangle(7.7, 50.7, 7.71, 50.71)]] },
    { key: "5", polygons: [[rectangle(2.3, 48.8, 2.31, 48.81)]] },
  ];
  const found = checkExtent(areas);
  assert.deepEqual(
    found.get(4)!.map((p) => p.code),
    ["outside", "far"],
  );
  assert.deepEqual(
    found.get(3)!.map((p) => p.code),
    ["far"],
  );
  assert.match(found.get(3)![0].message, /Liegt 40,\d km von allen anderen Gebieten entfernt/);
  assert.equal(found.get(0), undefined);
});

test("the pairwise overlap check runs only when the areas together are larger than their union", () => {
  const overlapping = [
    { key: "0101", polygons: [[rectangle(7.1, 50.7, 7.12, 50.71)]] },
    { key: "0102", polygons: [[rectangle(7.11, 50.7, 7.13, 50.71)]] },
  ];
  assert.deepEqual(checkOverlapsIfAny(overlapping, unionOf(overlapping)), checkOverlaps(overlapping));
  const clean = [overlapping[0], { key: "0103", polygons: [[rectangle(7.12, 50.7, 7.13, 50.71)]] }];
  assert.equal(checkOverlapsIfAny(clean, unionOf(clean)).size, 0);
});
