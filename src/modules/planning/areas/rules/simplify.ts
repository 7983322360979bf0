import type { Polygons, Ring } from "./geometry.ts";
import { boundsOf } from "./geometry.ts";

/**
 * Geometry for maps: Douglas–Peucker on the borders between corners. A corner is a point where the
 * set of areas sharing a border changes (three areas meet, or a shared border reaches the outline);
 * corners stay, and a border shared by two areas is simplified once in one direction, so both areas
 * get the same line and no slivers open between them. A ring never drops below four positions.
 */

/** Points the display geometry of all areas may have: 500 areas drawn as SVG paths stay well under 300 KB. */
export const displayBudget = 15_000;

const pointKey = (point: number[]) => `${point[0]},${point[1]}`;

/** Which areas use each point. */
function membership(areas: Polygons[]): Map<string, string> {
  const users = new Map<string, number[]>();
  areas.forEach((polygons, index) => {
    for (const polygon of polygons)
      for (const ring of polygon)
        for (const point of ring) {
          const list = users.get(pointKey(point)) ?? [];
          if (list.at(-1) !== index) list.push(index);
          users.set(pointKey(point), list);
        }
  });
  return new Map([...users].map(([key, list]) => [key, list.join("|")]));
}

/** Indexes of the corners of a closed ring (without its closing position); at least two. */
function cornersOf(ring: Ring, members: Map<string, string>): number[] {
  const count = ring.length - 1;
  const sharedBy = (index: number) => members.get(pointKey(ring[(index + count) % count])) ?? "";
  const corners: number[] = [];
  for (let at = 0; at < count; at++) {
    const here = sharedBy(at);
    if (here.split("|").length >= 3 || sharedBy(at - 1) !== sharedBy(at + 1)) corners.push(at);
  }
  if (corners.length >= 2) return corners;
  const start = corners[0] ?? 0;
  let farthest = start;
  let best = -1;
  for (let at = 0; at < count; at++) {
    const squared = (ring[at][0] - ring[start][0]) ** 2 + (ring[at][1] - ring[start][1]) ** 2;
    if (squared > best) [best, farthest] = [squared, at];
  }
  return farthest === start ? [start] : [start, farthest].sort((a, b) => a - b);
}

/** Douglas–Peucker of an open line; `scale` stretches longitudes so that distances are even at this latitude. */
function douglasPeucker(line: Ring, tolerance: number, scale: number): Ring {
  if (line.length <= 2) return line;
  const keep = new Uint8Array(line.length);
  keep[0] = keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop()!;
    const [ax, ay, bx, by] = [line[first][0] * scale, line[first][1], line[last][0] * scale, line[last][1]];
    const length = Math.hypot(bx - ax, by - ay);
    let worst = -1;
    let worstIndex = -1;
    for (let at = first + 1; at < last; at++) {
      const [px, py] = [line[at][0] * scale, line[at][1]];
      const away = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (away > worst) [worst, worstIndex] = [away, at];
    }
    if (worst > tolerance) {
      keep[worstIndex] = 1;
      stack.push([first, worstIndex], [worstIndex, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** One border, always simplified from its smaller end, so two areas sharing it get the same points. */
function simplifyBorder(line: Ring, tolerance: number, scale: number): Ring {
  const [start, end] = [line[0], line[line.length - 1]];
  const reversed = start[0] > end[0] || (start[0] === end[0] && start[1] > end[1]);
  if (!reversed) return douglasPeucker(line, tolerance, scale);
  return douglasPeucker([...line].reverse(), tolerance, scale).reverse();
}

/** A ring cut into its borders: the lines from one corner to the next. */
function bordersOf(ring: Ring, members: Map<string, string>): Ring[] {
  const count = ring.length - 1;
  const corners = cornersOf(ring, members);
  return corners.map((from, index) => {
    const to = corners[(index + 1) % corners.length];
    const line: Ring = [];
    for (let at = from; ; at = (at + 1) % count) {
      line.push(ring[at]);
      if (line.length > 1 && at === to) break;
    }
    return line;
  });
}

function simplifyRing(borders: Ring[], tolerance: number, scale: number): Ring {
  const result: Ring = borders.flatMap((line) => simplifyBorder(line, tolerance, scale).slice(0, -1));
  result.push(result[0]);
  return result;
}

/** A ring simplified with the tolerance, or less where that would leave fewer than four positions. */
function ringForDisplay(ring: Ring, borders: Ring[], tolerance: number, scale: number): Ring {
  for (let current = tolerance; current > tolerance / 1e4; current /= 4) {
    const simple = simplifyRing(borders, current, scale);
    if (simple.length >= 4) return simple;
  }
  return ring;
}

const rounded = (ring: Ring): Ring => ring.map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
const pointsIn = (areas: Polygons[]) => areas.reduce((sum, polygons) => sum + polygons.reduce((s, p) => s + p.reduce((r, ring) => r + ring.length, 0), 0), 0);

/** Every area's display geometry, coarser step by step until all together fit the budget of points. */
export function simplifyAreas(areas: Polygons[], budget = displayBudget): Polygons[] {
  const withGeometry = areas.filter((polygons) => polygons.length > 0);
  if (withGeometry.length === 0) return areas;
  const bounds = boundsOf(withGeometry.flat());
  const scale = Math.cos((((bounds.minY + bounds.maxY) / 2) * Math.PI) / 180);
  const members = membership(areas);
  const borders = areas.map((polygons) => polygons.map((polygon) => polygon.map((ring) => bordersOf(ring, members))));
  let tolerance = Math.hypot((bounds.maxX - bounds.minX) * scale, bounds.maxY - bounds.minY) / 4000;
  let simple: Polygons[] = [];
  for (let round = 0; round < 12; round++) {
    simple = areas.map((polygons, a) =>
      polygons.map((polygon, p) => polygon.map((ring, r) => rounded(ringForDisplay(ring, borders[a][p][r], tolerance, scale)))),
    );
    if (pointsIn(simple) <= budget) break;
    tolerance *= 1.6;
  }
  return simple;
}
