import polygonClipping from "polygon-clipping";
import { formatNumber } from "../../../../platform/numbers.ts";
import type { Bounds } from "./crs.ts";
import { boundsMeet, boundsOf, type Polygons, type Problem } from "./geometry.ts";
import { distance, formatArea, polygonsArea, ringArea } from "./measure.ts";
import { problemTexts } from "../texts.ts";

/** An area as the checks between areas see it. */
export interface Placed {
  key: string;
  polygons: Polygons;
}

/** Germany with a margin of a few kilometres; anything outside was most likely read in the wrong CRS. */
export const germany: Bounds = { minX: 5.5, minY: 47.0, maxX: 15.5, maxY: 55.2 };
/**
 * Overlaps and gaps below a square metre, or below a ten-thousandth of a typical area (a border
 * drawn straight in one CRS bends a little in another), are rounding, not a problem.
 */
function noticeableSize(areas: Placed[]): number {
  const sizes = areas.map((area) => polygonsArea(area.polygons)).sort((a, b) => a - b);
  return Math.max(1, (sizes[Math.floor(sizes.length / 2)] ?? 0) / 10_000);
}

type Found = Map<number, Problem[]>;
const note = (found: Found, index: number, problem: Problem) => found.set(index, [...(found.get(index) ?? []), problem]);

const inside = (inner: Bounds, outer: Bounds) => inner.minX >= outer.minX && inner.maxX <= outer.maxX && inner.minY >= outer.minY && inner.maxY <= outer.maxY;

/** Areas outside Germany, and areas far from all others (a stray object, a wrong key field, a wrong CRS for one part). */
export function checkExtent(areas: Placed[], found: Found = new Map()): Found {
  const bounds = areas.map((area) => boundsOf(area.polygons));
  bounds.forEach((box, index) => {
    if (!inside(box, germany)) note(found, index, { code: "outside", message: problemTexts.outsideGermany });
  });
  if (areas.length < 3) return found;
  const sizes = bounds.map((box) => distance([box.minX, box.minY], [box.maxX, box.maxY])).sort((a, b) => a - b);
  const far = Math.max(2_000, 3 * sizes[Math.floor(sizes.length / 2)]);
  bounds.forEach((box, index) => {
    const nearest = Math.min(...bounds.filter((_, other) => other !== index).map((other) => boxDistance(box, other)));
    if (nearest > far) note(found, index, { code: "far", message: problemTexts.farFromOthers(`${formatNumber(nearest / 1000, 1)} km`) });
  });
  return found;
}

/** The shortest distance in metres between two boxes (0 when they meet). */
function boxDistance(one: Bounds, other: Bounds): number {
  const across = (lowEnd: number, lowStart: number, highEnd: number, highStart: number) =>
    lowEnd < highStart ? [lowEnd, highStart] : highEnd < lowStart ? [highEnd, lowStart] : [lowStart, lowStart];
  const [x1, x2] = across(one.maxX, one.minX, other.maxX, other.minX);
  const [y1, y2] = across(one.maxY, one.minY, other.maxY, other.minY);
  return distance([x1, y1], [x2, y2]);
}

/**
 * Pairs of areas that share surface, with the size of the shared part; only pairs whose boxes meet
 * are clipped. With `firstOnly`, only the first area against the others (one area's new geometry).
 */
export function checkOverlaps(areas: Placed[], found: Found = new Map(), firstOnly = false): Found {
  const bounds = areas.map((area) => boundsOf(area.polygons));
  const noticeable = noticeableSize(areas);
  for (let first = 0; first < (firstOnly ? Math.min(1, areas.length) : areas.length); first++) {
    for (let second = first + 1; second < areas.length; second++) {
      if (!boundsMeet(bounds[first], bounds[second])) continue;
      let shared: number;
      try {
        shared = polygonsArea(polygonClipping.intersection(areas[first].polygons, areas[second].polygons));
      } catch {
        note(found, first, { code: "overlap_unchecked", message: problemTexts.overlapUnchecked(areas[second].key) });
        continue;
      }
      if (shared < noticeable) continue;
      note(found, first, { code: "overlap", message: problemTexts.overlap(areas[second].key, formatArea(shared)) });
      note(found, second, { code: "overlap", message: problemTexts.overlap(areas[first].key, formatArea(shared)) });
    }
  }
  return found;
}

/** The union of all areas (the municipality's outline with its holes), or null when the clipping fails on invalid geometry. */
export function unionOf(areas: Placed[]): Polygons | null {
  if (areas.length === 0) return [];
  try {
    return polygonClipping.union(areas[0].polygons, ...areas.slice(1).map((area) => area.polygons)) as Polygons;
  } catch {
    return null;
  }
}

/**
 * Overlaps, checked pair by pair only when the areas together are larger than their union: in a
 * clean cut they are not, and the union is needed for the gaps anyway.
 */
export function checkOverlapsIfAny(areas: Placed[], union: Polygons | null, found: Found = new Map()): Found {
  if (union !== null) {
    const reference = areas[0]?.polygons[0]?.[0]?.[0]?.[1] ?? 0;
    const overlapping = areas.reduce((sum, area) => sum + polygonsArea(area.polygons, reference), 0) - polygonsArea(union, reference);
    if (overlapping < noticeableSize(areas)) return found;
  }
  return checkOverlaps(areas, found);
}

/**
 * Holes in the union of all areas: land inside the municipality's outline that no area covers. Each
 * gap is told to the areas whose corners lie on its edge.
 */
export function checkGaps(areas: Placed[], found: Found = new Map(), union: Polygons | null = unionOf(areas)): Found {
  if (areas.length === 0) return found;
  if (union === null) {
    areas.forEach((_, index) => note(found, index, { code: "gaps_unchecked", message: problemTexts.gapsUnchecked }));
    return found;
  }
  // Clipping snaps nearly equal coordinates together, so corners are matched at the precision areas are stored in.
  const cornerKey = (point: number[]) => `${point[0].toFixed(7)},${point[1].toFixed(7)}`;
  const corners = new Map<string, Set<number>>();
  const noticeable = noticeableSize(areas);
  areas.forEach((area, index) => {
    for (const polygon of area.polygons)
      for (const ring of polygon) for (const point of ring) corners.set(cornerKey(point), (corners.get(cornerKey(point)) ?? new Set()).add(index));
  });
  for (const hole of union.flatMap((polygon) => polygon.slice(1))) {
    const size = ringArea(hole);
    if (size < noticeable) continue;
    const neighbours = new Set(hole.flatMap((point) => [...(corners.get(cornerKey(point)) ?? [])]));
    const place = `${hole[0][1].toFixed(5)} N, ${hole[0][0].toFixed(5)} O`;
    for (const index of neighbours) note(found, index, { code: "gap", message: problemTexts.gap(formatArea(size), place) });
  }
  return found;
}
