import type { FieldErrors } from "../../../../platform/forms.ts";
import { editTexts, fileTexts } from "../texts.ts";
import { crsOfGeoJson } from "./crs.ts";
import { polygonsOf, type Polygons, type Problem } from "./geometry.ts";
import { decideCrs, shapeOf } from "./prepare.ts";
import { toWgs84 } from "./crs.ts";

/**
 * The geometry of one area added later: a GeoJSON Feature, a bare Polygon or MultiPolygon, or a
 * FeatureCollection with one feature, in WGS84 with the problems of its rings.
 */
export function readSingleGeometry(
  text: string,
  chosenCrs: string | undefined,
): { ok: true; crs: string; polygons: Polygons; problems: Problem[] } | { ok: false; errors: FieldErrors } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, errors: { datei: fileTexts.notJson("Die JSON-Syntax ist fehlerhaft.") } };
  }
  const value = (parsed && typeof parsed === "object" ? parsed : {}) as { type?: unknown; geometry?: unknown; features?: unknown[]; crs?: unknown };
  const single =
    value.type === "FeatureCollection" && Array.isArray(value.features) && value.features.length === 1 ? (value.features[0] as typeof value) : value;
  const geometry = single.type === "Feature" ? single.geometry : single;
  const raw = polygonsOf(geometry);
  if (!raw) return { ok: false, errors: { datei: editTexts.geometryNotPolygon } };
  const decided = decideCrs(crsOfGeoJson(value.crs ?? single.crs), chosenCrs, raw);
  if (!decided.ok) return decided;
  const shape = shapeOf(geometry, toWgs84(decided.crs));
  if (shape.polygons.length === 0) return { ok: false, errors: { datei: editTexts.geometryNotPolygon } };
  return { ok: true, crs: decided.crs, ...shape };
}
