import { test } from "node:test";
import assert from "node:assert/strict";
import { simplifyAreas } from "./simplify.ts";
import { checkGaps, checkOverlaps } from "./coverage.ts";
import { wigglyGrid } from "../testing.ts";
import type { Polygons } from "./geometry.ts";

// 25 × 20 areas of about 700 m, each border with 80 points: 160,000 positions, as detailed as a surveyor's cut.
const grid = wigglyGrid(25, 20, { west: 7.0, south: 50.6, step: 0.01, detail: 80 });
const coarser = wigglyGrid(25, 20, { west: 7.0, south: 50.6, step: 0.01, detail: 20 });

/** The SVG a map would draw: each area a path in an 800-pixel-wide frame, coordinates to one decimal. */
function svgOf(areas: Polygons[]): string {
  const [west, east, south, north] = [7.0, 7.25, 50.6, 50.8];
  const scale = 800 / ((east - west) * Math.cos((50.7 * Math.PI) / 180));
  const point = ([lon, lat]: number[]) => `${((lon - west) * Math.cos((50.7 * Math.PI) / 180) * scale).toFixed(1)},${((north - lat) * scale).toFixed(1)}`;
  const paths = areas.map(
    (polygons, index) =>
      `<path d="${polygons.map((polygon) => polygon.map((ring) => `M${ring.map(point).join("L")}Z`).join("")).join("")}" class="k${index % 5}"><title>Gebiet ${index + 1}</title></path>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 ${((north - south) * scale).toFixed(0)}">${paths.join("")}</svg>`;
}

test("500 detailed areas become a map under 300 KB, no ring below four positions", () => {
  const display = simplifyAreas(grid);
  const svg = svgOf(display);
  assert.ok(svgOf(grid).length > 1_000_000, "the full geometry would be far too large");
  assert.ok(svg.length <= 300 * 1024, `${svg.length} bytes`);
  for (const polygons of display) for (const polygon of polygons) for (const ring of polygon) assert.ok(ring.length >= 4);
});

test("neighbours keep the same border after simplification: no sliver between them", () => {
  const display = simplifyAreas(grid);
  const key = (point: number[]) => `${point[0]},${point[1]}`;
  // Cell 0 and its right neighbour, cell 1: the points of cell 0 that lie on cell 1's outline and the other way round.
  const first = new Set(display[0][0][0].map(key));
  const second = new Set(display[1][0][0].map(key));
  const sharedInFirst = [...first].filter((p) => second.has(p));
  assert.ok(sharedInFirst.length >= 2);
  const border = new Set(
    grid[0][0][0]
      .filter((p) => grid[1][0][0].some((q) => q[0] === p[0] && q[1] === p[1]))
      .map((p) => key([Math.round(p[0] * 1e6) / 1e6, Math.round(p[1] * 1e6) / 1e6])),
  );
  assert.deepEqual([...first].filter((p) => border.has(p)).sort(), [...second].filter((p) => border.has(p)).sort());
  const overlaps = checkOverlaps(display.slice(0, 50).map((polygons, index) => ({ key: String(index), polygons })));
  assert.equal(overlaps.size, 0);
});

test("a lone square keeps its four corners and its closing position", () => {
  const square: Polygons = [
    [
      [
        [7, 50],
        [7.001, 50],
        [7.001, 50.001],
        [7, 50.001],
        [7, 50],
      ],
    ],
  ];
  assert.deepEqual(simplifyAreas([square], 1), [square]);
});

test("overlaps and gaps of 500 areas are checked in seconds, not minutes", () => {
  const started = performance.now();
  const areas = coarser.map((polygons, index) => ({ key: String(index), polygons }));
  assert.equal(checkOverlaps(areas).size, 0);
  assert.equal(checkGaps(areas).size, 0);
  const seconds = (performance.now() - started) / 1000;
  assert.ok(seconds < 20, `${seconds} s`);
});
