import type { Bounds } from "./crs.ts";

/** A ring as GeoJSON has it: positions, the last equal to the first. */
export type Ring = [number, number][];
/** An area's surface: polygons, each an outer ring and its holes (the coordinates of a GeoJSON MultiPolygon). */
export type Polygons = Ring[][];

/** A problem the validation found, kept with the area: a stable code and a German message. */
export interface Problem {
  code: string;
  message: string;
}

const isPosition = (value: unknown): value is number[] => Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);

const ringsOf = (value: unknown): number[][][] | null =>
  Array.isArray(value) && value.every((ring) => Array.isArray(ring) && ring.every(isPosition)) ? (value as number[][][]) : null;

/** The polygons of a GeoJSON geometry (Polygon, MultiPolygon, or those inside a GeometryCollection); null when it has none. */
export function polygonsOf(geometry: unknown): number[][][][] | null {
  if (!geometry || typeof geometry !== "object") return null;
  const { type, coordinates, geometries } = geometry as { type?: unknown; coordinates?: unknown; geometries?: unknown };
  if (type === "Polygon") {
    const rings = ringsOf(coordinates);
    return rings ? [rings] : null;
  }
  if (type === "MultiPolygon" && Array.isArray(coordinates)) {
    const polygons = coordinates.map(ringsOf);
    return polygons.every((p) => p !== null) ? (polygons as number[][][][]) : null;
  }
  if (type === "GeometryCollection" && Array.isArray(geometries)) {
    const parts = geometries.map(polygonsOf).filter((p) => p !== null);
    return parts.length > 0 ? parts.flat() : null;
  }
  return null;
}

const samePoint = (a: number[], b: number[]) => a[0] === b[0] && a[1] === b[1];

/**
 * Closes open rings and drops rings with fewer than four positions (a triangle closed is the least
 * surface there is), each with a problem. A polygon whose outer ring is dropped goes with it.
 */
export function repairRings(polygons: Ring[][], messages: { notClosed: string; tooFew: string }): { polygons: Polygons; problems: Problem[] } {
  const problems: Problem[] = [];
  let open = 0;
  let short = 0;
  const kept: Polygons = [];
  for (const polygon of polygons) {
    const rings: Ring[] = [];
    for (const [index, ring] of polygon.entries()) {
      const closed = ring.length > 0 && !samePoint(ring[0], ring[ring.length - 1]) ? (open++, [...ring, ring[0]]) : ring;
      if (closed.length < 4) {
        short++;
        if (index === 0) break;
        continue;
      }
      rings.push(closed);
    }
    if (rings.length > 0) kept.push(rings);
  }
  if (open > 0) problems.push({ code: "ring_open", message: messages.notClosed.replace("{n}", String(open)) });
  if (short > 0) problems.push({ code: "ring_short", message: messages.tooFew.replace("{n}", String(short)) });
  return { polygons: kept, problems };
}

const cross = (o: number[], a: number[], b: number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
const onSegment = (p: number[], q: number[], r: number[]) =>
  Math.min(p[0], r[0]) <= q[0] && q[0] <= Math.max(p[0], r[0]) && Math.min(p[1], r[1]) <= q[1] && q[1] <= Math.max(p[1], r[1]);

/** Whether two segments share a point (touching counts). */
export function segmentsMeet(a1: number[], a2: number[], b1: number[], b2: number[]): boolean {
  const [d1, d2, d3, d4] = [cross(b1, b2, a1), cross(b1, b2, a2), cross(a1, a2, b1), cross(a1, a2, b2)];
  if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) return true;
  return (
    (d1 === 0 && onSegment(b1, a1, b2)) || (d2 === 0 && onSegment(b1, a2, b2)) || (d3 === 0 && onSegment(a1, b1, a2)) || (d4 === 0 && onSegment(a1, b2, a2))
  );
}

/**
 * The first place where a closed ring crosses or touches itself, or null. Segments are swept by
 * their left end, so only segments that overlap in x are compared.
 */
export function selfIntersection(ring: Ring): [number, number] | null {
  const count = ring.length - 1;
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => Math.min(ring[a][0], ring[a + 1][0]) - Math.min(ring[b][0], ring[b + 1][0]));
  for (let at = 0; at < order.length; at++) {
    const first = order[at];
    const right = Math.max(ring[first][0], ring[first + 1][0]);
    for (let next = at + 1; next < order.length; next++) {
      const second = order[next];
      if (Math.min(ring[second][0], ring[second + 1][0]) > right) break;
      const gap = Math.abs(first - second);
      if (gap === 1 || gap === count - 1) continue; // neighbours share their common point
      if (segmentsMeet(ring[first], ring[first + 1], ring[second], ring[second + 1])) return ring[Math.max(first, second)];
    }
  }
  return null;
}

export function boundsOf(polygons: Polygons | number[][][][]): Bounds {
  const bounds = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const polygon of polygons)
    for (const ring of polygon)
      for (const [lon, lat] of ring) {
        if (lon < bounds.minX) bounds.minX = lon;
        if (lon > bounds.maxX) bounds.maxX = lon;
        if (lat < bounds.minY) bounds.minY = lat;
        if (lat > bounds.maxY) bounds.maxY = lat;
      }
  return bounds;
}

export const boundsMeet = (a: Bounds, b: Bounds) => a.minX <= b.maxX && b.minX <= a.maxX && a.minY <= b.maxY && b.minY <= a.maxY;

/** Polygons as the GeoJSON geometry they are stored as: a Polygon when there is one, else a MultiPolygon. */
export const geometryOf = (polygons: Polygons) =>
  polygons.length === 1 ? { type: "Polygon" as const, coordinates: polygons[0] } : { type: "MultiPolygon" as const, coordinates: polygons };
