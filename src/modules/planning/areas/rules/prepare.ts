import type { FieldErrors } from "../../../../platform/forms.ts";
import { silentProgress, type Progress } from "../../../../platform/progress.ts";
import { fileTexts, problemTexts } from "../texts.ts";
import { checkExtent, checkGaps, checkOverlapsIfAny, unionOf, type Placed } from "./coverage.ts";
import { isSupportedCrs, plausiblyWgs84, toWgs84, type CrsCode, type FoundCrs } from "./crs.ts";
import { boundsOf, geometryOf, polygonsOf, repairRings, selfIntersection, type Polygons, type Problem, type Ring } from "./geometry.ts";
import { identifyFeatures, type Identity, type PropertyChoice } from "./identify.ts";
import type { RawFeature } from "./read-file.ts";
import { simplifyAreas } from "./simplify.ts";

/** An area ready to be stored: geometry and display in WGS84 (null without a surface), and its problems. */
export interface PreparedArea extends Identity {
  position: number;
  geometry: ReturnType<typeof geometryOf> | null;
  display: ReturnType<typeof geometryOf> | null;
  problems: Problem[];
}

export type Prepared = { ok: true; crs: CrsCode; areas: PreparedArea[] } | { ok: false; errors: FieldErrors };

/**
 * The CRS to read the coordinates in: what the file says; else what the person chose; else WGS84
 * when the coordinates can be longitudes and latitudes; else the person is asked.
 */
export function decideCrs(
  found: FoundCrs,
  chosen: string | undefined,
  polygons: number[][][][],
): { ok: true; crs: CrsCode } | { ok: false; errors: FieldErrors } {
  if (found.kind === "known") return { ok: true, crs: found.code };
  if (found.kind === "unsupported") return { ok: false, errors: { crs: fileTexts.unsupportedCrs(found.name) } };
  if (chosen && isSupportedCrs(chosen)) return { ok: true, crs: chosen };
  if (polygons.length > 0 && plausiblyWgs84(boundsOf(polygons))) return { ok: true, crs: "EPSG:4326" };
  return { ok: false, errors: { crs: fileTexts.crsMissing } };
}

const geometryType = (geometry: unknown) =>
  geometry && typeof geometry === "object" && typeof (geometry as { type?: unknown }).type === "string"
    ? String((geometry as { type: string }).type).slice(0, 30)
    : null;

/** One area's surface in WGS84 with what is wrong with its rings. */
export function shapeOf(geometry: unknown, project: (point: number[]) => [number, number]): { polygons: Polygons; problems: Problem[] } {
  const raw = polygonsOf(geometry);
  if (!raw) {
    const type = geometryType(geometry);
    return {
      polygons: [],
      problems: [type ? { code: "not_polygon", message: problemTexts.notPolygon(type) } : { code: "no_geometry", message: problemTexts.noGeometry }],
    };
  }
  const projected = raw.map((polygon) => polygon.map((ring) => ring.map(project) as Ring));
  // Coordinates far outside the CRS's zone (a wrong CRS) do not convert at all.
  if (projected.some((polygon) => polygon.some((ring) => ring.some(([lon, lat]) => !Number.isFinite(lon) || !Number.isFinite(lat)))))
    return { polygons: [], problems: [{ code: "outside", message: problemTexts.outsideGermany }] };
  const repaired = repairRings(projected, { notClosed: problemTexts.ringOpen, tooFew: problemTexts.ringShort });
  const crossing = repaired.polygons
    .flat()
    .map(selfIntersection)
    .find((place) => place !== null);
  if (crossing)
    repaired.problems.push({ code: "self_intersection", message: problemTexts.selfIntersection(`${crossing[1].toFixed(5)} N, ${crossing[0].toFixed(5)} O`) });
  if (repaired.polygons.length === 0) repaired.problems.push({ code: "no_geometry", message: problemTexts.noGeometry });
  return repaired;
}

/** Problems between areas (overlaps, gaps, extent), keyed by the area's index. */
function problemsBetween(shapes: { key: string; polygons: Polygons }[], progress: Progress): Map<number, Problem[]> {
  const placed: Placed[] = [];
  const indexOf: number[] = [];
  shapes.forEach((shape, index) => {
    if (shape.polygons.length === 0) return;
    placed.push(shape);
    indexOf.push(index);
  });
  progress.start("Überschneidungen und Lücken prüfen", 3);
  const found = checkExtent(placed);
  progress.tick();
  const union = unionOf(placed);
  checkOverlapsIfAny(placed, union, found);
  progress.tick();
  checkGaps(placed, found, union);
  progress.done();
  return new Map([...found].map(([index, problems]) => [indexOf[index], problems]));
}

/** From the objects of a file to the areas of a new cut, or the messages why the file is refused. */
export function prepareAreas(
  features: RawFeature[],
  found: FoundCrs,
  choice: PropertyChoice & { crs?: string },
  progress: Progress = silentProgress,
): Prepared {
  const identified = identifyFeatures(features, choice);
  if (!identified.ok) return identified;
  const raw = features.flatMap((feature) => polygonsOf(feature.geometry) ?? []);
  if (raw.length === 0) return { ok: false, errors: { datei: fileTexts.noPolygons } };
  const decided = decideCrs(found, choice.crs, raw);
  if (!decided.ok) return decided;
  const project = toWgs84(decided.crs);
  progress.start("Geometrien umrechnen und prüfen", features.length);
  const shapes = features.map((feature, index) => {
    const shape = shapeOf(feature.geometry, project);
    progress.tick();
    return { key: identified.identities[index].key, ...shape };
  });
  progress.done();
  const between = problemsBetween(shapes, progress);
  const keys = new Set(identified.identities.map((identity) => identity.key));
  const display = simplifyAreas(shapes.map((shape) => shape.polygons));
  const areas = identified.identities.map((identity, index): PreparedArea => {
    const parentProblem =
      identity.parentKey && !keys.has(identity.parentKey) ? [{ code: "parent", message: problemTexts.unknownParent(identity.parentKey) }] : [];
    const polygons = shapes[index].polygons;
    return {
      ...identity,
      position: index,
      geometry: polygons.length > 0 ? geometryOf(polygons) : null,
      display: polygons.length > 0 ? geometryOf(display[index]) : null,
      problems: [...shapes[index].problems, ...(between.get(index) ?? []), ...parentProblem],
    };
  });
  return { ok: true, crs: decided.crs, areas };
}
