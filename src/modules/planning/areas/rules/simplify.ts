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

/** Which areas use each point: the areas' indexes joined, and how many they are. */
type Membership = Map<string, { areas: string; count: number }>;

function membership(keys: string[][][][]): Membership {
  const users = new Map<string, number[]>();
  keys.forEach((polygons, index) => {
    for (const polygon of polygons)
      for (const ring of polygon)
        for (const key of ring) {
          const list = users.get(key);
          if (!list) users.set(key, [index]);
          else if (list.at(-1) !== index) list.push(index);
        }
  });
  return new Map([...users].map(([key, list]) => [key, { areas: list.join("|"), count: list.length }]));
}

/** Indexes of the corners of a closed ring (without its closing position); at least two. */
function cornersOf(ring: Ring, keys: string[], members: Membership): number[] {
  const count = ring.length - 1;
  const sharedBy = (index: number) => members.get(keys[(index + count) % count])!;
  const corners: number[] = [];
  for (let at = 0; at < count; at++) {
    if (sharedBy(at).count >= 3 || sharedBy(at - 1).areas !== sharedBy(at + 1).areas) corners.push(at);
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

/**
 * Douglas–Peucker once for every tolerance: each point gets the largest tolerance at which it still
 * stays (its distance when it splits its stretch, never more than the point that made that stretch).
 * A point stays under a tolerance when its weight is greater; the ends always stay.
 */
function weightsOf(line: Ring, scale: number): Float64Array {
  const weights = new Float64Array(line.length);
  weights[0] = weights[line.length - 1] = Infinity;
  const stack: [number, number, number][] = [[0, line.length - 1, Infinity]];
  while (stack.length > 0) {
    const [first, last, limit] = stack.pop()!;
    if (last - first < 2) continue;
    const [ax, ay, bx, by] = [line[first][0] * scale, line[first][1], line[last][0] * scale, line[last][1]];
    const length = Math.hypot(bx - ax, by - ay);
    let worst = -1;
    let worstIndex = first + 1;
    for (let at = first + 1; at < last; at++) {
      const [px, py] = [line[at][0] * scale, line[at][1]];
      const away = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / length;
      if (away > worst) [worst, worstIndex] = [away, at];
    }
    const weight = Math.min(worst, limit);
    weights[worstIndex] = weight;
    stack.push([first, worstIndex, weight], [worstIndex, last, weight]);
  }
  return weights;
}

/** A border with its weights, always computed from its smaller end, so two areas sharing it keep the same points. */
interface Border {
  line: Ring;
  weights: Float64Array;
}

function weighBorder(line: Ring, scale: number): Border {
  const [start, end] = [line[0], line[line.length - 1]];
  const reversed = start[0] > end[0] || (start[0] === end[0] && start[1] > end[1]);
  if (!reversed) return { line, weights: weightsOf(line, scale) };
  return { line, weights: weightsOf([...line].reverse(), scale).reverse() };
}

/** A ring cut into its borders: the lines from one corner to the next. */
function bordersOf(ring: Ring, keys: string[], members: Membership, scale: number): Border[] {
  const count = ring.length - 1;
  const corners = cornersOf(ring, keys, members);
  return corners.map((from, index) => {
    const to = corners[(index + 1) % corners.length];
    const line: Ring = [];
    for (let at = from; ; at = (at + 1) % count) {
      line.push(ring[at]);
      if (line.length > 1 && at === to) break;
    }
    return weighBorder(line, scale);
  });
}

/** Positions a ring keeps under a tolerance, with its closing position. */
const keptIn = (borders: Border[], tolerance: number) =>
  borders.reduce((sum, border) => sum + border.weights.reduce((kept, weight, at) => kept + (at > 0 && weight > tolerance ? 1 : 0), 0), 0) + 1;

/** A ring under the tolerance, or under a smaller one where that would leave fewer than four positions. */
function ringForDisplay(ring: Ring, borders: Border[], tolerance: number): Ring {
  let current = tolerance;
  while (current > 0 && keptIn(borders, current) < 4) current = current < 1e-12 ? 0 : current / 4;
  if (keptIn(borders, current) < 4) return ring;
  const result: Ring = [];
  for (const border of borders) border.line.forEach((point, at) => at < border.line.length - 1 && border.weights[at] > current && result.push(rounded(point)));
  result.push(result[0]);
  return result;
}

const rounded = ([lon, lat]: [number, number]): [number, number] => [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6];

/** Every area's display geometry, coarser step by step until all together fit the budget of points. */
export function simplifyAreas(areas: Polygons[], budget = displayBudget): Polygons[] {
  const withGeometry = areas.filter((polygons) => polygons.length > 0);
  if (withGeometry.length === 0) return areas;
  const bounds = boundsOf(withGeometry.flat());
  const scale = Math.cos((((bounds.minY + bounds.maxY) / 2) * Math.PI) / 180);
  const keys = areas.map((polygons) => polygons.map((polygon) => polygon.map((ring) => ring.map(pointKey))));
  const members = membership(keys);
  const borders = areas.map((polygons, a) => polygons.map((polygon, p) => polygon.map((ring, r) => bordersOf(ring, keys[a][p][r], members, scale))));
  const allRings = borders.flat(2);
  let tolerance = Math.hypot((bounds.maxX - bounds.minX) * scale, bounds.maxY - bounds.minY) / 4000;
  for (let round = 0; round < 20 && allRings.reduce((sum, ring) => sum + Math.max(4, keptIn(ring, tolerance)), 0) > budget; round++) tolerance *= 1.6;
  return areas.map((polygons, a) => polygons.map((polygon, p) => polygon.map((ring, r) => ringForDisplay(ring, borders[a][p][r], tolerance))));
}
