import { formatNumber } from "../../../../platform/numbers.ts";
import type { Polygons, Ring } from "./geometry.ts";

const earthRadius = 6_371_008.8;
const radians = Math.PI / 180;

/**
 * The surface of a ring in WGS84 in square metres, on a plane through its mean latitude: within a
 * fraction of a percent for anything the size of a town, which is all a validation message needs.
 */
export function ringArea(ring: Ring | number[][], reference?: number): number {
  if (ring.length < 4) return 0;
  const latitude = reference ?? ring.slice(1).reduce((sum, point) => sum + point[1], 0) / (ring.length - 1);
  const scaleX = earthRadius * radians * Math.cos(latitude * radians);
  const scaleY = earthRadius * radians;
  let twice = 0;
  for (let at = 0; at < ring.length - 1; at++) {
    twice += ring[at][0] * scaleX * (ring[at + 1][1] * scaleY) - ring[at + 1][0] * scaleX * (ring[at][1] * scaleY);
  }
  return Math.abs(twice) / 2;
}

/**
 * Outer rings minus their holes, in square metres. With a reference latitude every ring is measured
 * on the same plane, so that areas add up exactly (their sum against their union).
 */
export const polygonsArea = (polygons: Polygons | number[][][][], reference?: number) =>
  polygons.reduce((sum, polygon) => sum + polygon.reduce((inner, ring, index) => inner + (index === 0 ? 1 : -1) * ringArea(ring, reference), 0), 0);

/** A surface as a German reads it: square metres below a hectare, hectares below a square kilometre, then km². */
export function formatArea(squareMetres: number): string {
  if (squareMetres < 10_000) return `${formatNumber(Math.max(1, Math.round(squareMetres)))} m²`;
  if (squareMetres < 1_000_000) return `${formatNumber(squareMetres / 10_000, 1)} ha`;
  return `${formatNumber(squareMetres / 1_000_000, 2)} km²`;
}

/** Distance in metres between two WGS84 points (haversine). */
export function distance(from: number[], to: number[]): number {
  const dLat = (to[1] - from[1]) * radians;
  const dLon = (to[0] - from[0]) * radians;
  const haversine = Math.sin(dLat / 2) ** 2 + Math.cos(from[1] * radians) * Math.cos(to[1] * radians) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(haversine)));
}
