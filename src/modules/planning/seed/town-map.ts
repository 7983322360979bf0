import { Delaunay } from "d3-delaunay";
import polygonClipping, { type MultiPolygon, type Pair, type Ring } from "polygon-clipping";
import proj4 from "proj4";

/**
 * The map of the fictional town of Schlotterbrück: an irregular outline of about 8 × 6 km near Bonn
 * in ETRS89/UTM zone 32N (EPSG:25832), cut into planning areas by a Voronoi tessellation of seed
 * points. Everything follows from fixed seeds, so every run draws the same town.
 */

export const utm32 = "+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs";
const wgs84 = "+proj=longlat +datum=WGS84 +no_defs";
const centre: Pair = [365_000, 5_621_000];

/** A small deterministic random generator (mulberry32): the same seed gives the same numbers everywhere. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The town's outline: an ellipse of 8 × 6 km with bays and bulges, drawn around the centre (a star shape, so the ring never crosses itself). */
export function townOutline(): Ring {
  const random = randomFrom(25832);
  const corners = 36;
  const ring: Ring = [];
  for (let corner = 0; corner < corners; corner++) {
    const angle = (2 * Math.PI * corner) / corners;
    const wobble = 1 + 0.1 * Math.sin(3 * angle + 1) + 0.07 * Math.sin(5 * angle + 2) + 0.06 * (random() - 0.5);
    ring.push([round(centre[0] + 4000 * wobble * Math.cos(angle), 2), round(centre[1] + 3000 * wobble * Math.sin(angle), 2)]);
  }
  ring.push(ring[0]!);
  return ring;
}

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Whether a point lies inside a ring (ray casting). */
function inside(point: Pair, ring: Ring): boolean {
  let within = false;
  for (let current = 0, previous = ring.length - 1; current < ring.length; previous = current++) {
    const [x1, y1] = ring[current]!;
    const [x2, y2] = ring[previous]!;
    if (y1 > point[1] !== y2 > point[1] && point[0] < ((x2 - x1) * (point[1] - y1)) / (y2 - y1) + x1) within = !within;
  }
  return within;
}

/** Seed points of the areas: dense in the old town, sparse at the edge, none closer than the distance their place asks for. */
export function seedPoints(outline: Ring, count: number): Pair[] {
  const random = randomFrom(5621);
  const points: Pair[] = [];
  for (let attempt = 0; attempt < 50_000 && points.length < count; attempt++) {
    const candidate: Pair = [round(centre[0] + (random() - 0.5) * 9000, 1), round(centre[1] + (random() - 0.5) * 7000, 1)];
    if (!inside(candidate, outline)) continue;
    const fromCentre = Math.hypot((candidate[0] - centre[0]) / 4000, (candidate[1] - centre[1]) / 3000);
    const spacing = 650 + 700 * fromCentre;
    if (points.every((point) => Math.hypot(point[0] - candidate[0], point[1] - candidate[1]) >= spacing)) points.push(candidate);
  }
  return points.sort((a, b) => Math.hypot(a[0] - centre[0], a[1] - centre[1]) - Math.hypot(b[0] - centre[0], b[1] - centre[1]));
}

/** The Voronoi cell of each point clipped to the outline, in EPSG:25832 (a cell the outline cuts in two stays one area). */
export function voronoiCells(points: Pair[], outline: Ring): MultiPolygon[] {
  const xs = outline.map((pair) => pair[0]);
  const ys = outline.map((pair) => pair[1]);
  const bounds = [Math.min(...xs) - 100, Math.min(...ys) - 100, Math.max(...xs) + 100, Math.max(...ys) + 100] as [number, number, number, number];
  const voronoi = Delaunay.from(points).voronoi(bounds);
  return points.map((_, index) => {
    const cell = voronoi.cellPolygon(index).map(([x, y]) => [round(x!, 2), round(y!, 2)] as Pair);
    return polygonClipping.intersection([cell], [outline]);
  });
}

export interface Geometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: number[][][] | number[][][][];
}

/** GeoJSON geometry of a clipped cell, with each coordinate passed through `convert`. */
export function asGeometry(cell: MultiPolygon, convert: (pair: Pair) => Pair): Geometry {
  const polygons = cell.map((polygon) => polygon.map((ring) => ring.map(convert)));
  return polygons.length === 1 ? { type: "Polygon", coordinates: polygons[0]! } : { type: "MultiPolygon", coordinates: polygons };
}

/** EPSG:25832 to WGS84 (longitude, latitude), to `digits` decimals. */
export const toWgs84 =
  (digits: number) =>
  (pair: Pair): Pair => {
    const [longitude, latitude] = proj4(utm32, wgs84, pair);
    return [round(longitude!, digits), round(latitude!, digits)];
  };
