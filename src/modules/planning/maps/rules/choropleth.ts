import { geoIdentity, geoMercatorRaw, geoPath } from "d3-geo";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import { fillOf, patternDefinitions } from "./patterns.ts";
import { escapeXml, round1 } from "./svg.ts";

export interface MapArea {
  key: string;
  name: string;
  /** The simplified geometry in WGS84 (longitude, latitude); null while an area has none. */
  display: Geometry | null;
}

export interface ChoroplethInput {
  title: string;
  /** What the map shows, in a sentence for screen readers (the table beside it has the values). */
  description?: string;
  areas: MapArea[];
  /** The class of each area (same order), null where it has no value or its value is protected. */
  classOf: (number | null)[];
  classes: { label: string }[];
  /** The legend's label for areas without a class. */
  hiddenLabel?: string;
  /** The municipality's outline, drawn over the areas. */
  outline?: Geometry | null;
  /** The position of an area drawn with a strong outline (the area of a profile). */
  highlight?: number | null;
  /** Starts every id inside the SVG, so several maps can share a page. */
  idPrefix?: string;
  width?: number;
}

const margin = 8;
const legendRow = 22;
const radians = Math.PI / 180;

/** Polygons projected with the (conformal) Mercator formula; the pixel fit is then a plane scaling. */
function mercator(geometry: Geometry | null): Polygon | MultiPolygon | null {
  const point = (position: Position): Position => geoMercatorRaw(position[0]! * radians, position[1]! * radians);
  if (geometry?.type === "Polygon") return { type: "Polygon", coordinates: geometry.coordinates.map((ring) => ring.map(point)) };
  if (geometry?.type === "MultiPolygon")
    return { type: "MultiPolygon", coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(point))) };
  return null;
}

function extentOf(features: Feature[]): { width: number; height: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (position: Position) => {
    minX = Math.min(minX, position[0]!);
    maxX = Math.max(maxX, position[0]!);
    minY = Math.min(minY, position[1]!);
    maxY = Math.max(maxY, position[1]!);
  };
  for (const feature of features) {
    const geometry = feature.geometry as Polygon | MultiPolygon;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    for (const polygon of polygons) for (const ring of polygon) ring.forEach(visit);
  }
  return { width: maxX - minX, height: maxY - minY };
}

function legend(input: ChoroplethInput, prefix: string, top: number, showMissing: boolean): string {
  const rows = input.classes.map((item, index) => ({ label: item.label, fill: fillOf(prefix, index) }));
  if (showMissing) rows.push({ label: input.hiddenLabel ?? "kein Wert", fill: fillOf(prefix, null) });
  return rows
    .map((row, index) => {
      const rowTop = top + index * legendRow;
      return `<rect x="${margin}" y="${rowTop}" width="28" height="16" fill="${row.fill}" stroke="#4a4a4a" stroke-width="0.5"/><text x="${margin + 36}" y="${rowTop + 12}">${escapeXml(row.label)}</text>`;
    })
    .join("");
}

/**
 * A choropleth of a municipality's areas as an SVG string: one path per area with geometry, filled
 * with its class's colour and pattern, a legend below the map, and a title and description for
 * screen readers. It is given classes, never values: a protected value cannot reach the SVG.
 * Coordinates are rounded to a tenth of a pixel, which keeps 500 areas well under 300 KB.
 */
export function renderChoropleth(input: ChoroplethInput): string {
  const prefix = input.idPrefix ?? "karte";
  const width = input.width ?? 640;
  const features: Feature[] = [];
  const drawn: number[] = [];
  input.areas.forEach((area, position) => {
    const geometry = mercator(area.display);
    if (!geometry) return;
    features.push({ type: "Feature", properties: null, geometry });
    drawn.push(position);
  });
  const outline = mercator(input.outline ?? null);
  const collection: FeatureCollection = {
    type: "FeatureCollection",
    features: outline ? [...features, { type: "Feature", properties: null, geometry: outline }] : features,
  };
  const extent = extentOf(collection.features);
  const mapHeight = collection.features.length ? Math.min(900, Math.max(160, Math.round((width - 2 * margin) * (extent.height / (extent.width || 1))))) : 0;
  const projection = geoIdentity().reflectY(true);
  if (mapHeight)
    projection.fitExtent(
      [
        [margin, margin],
        [width - margin, margin + mapHeight],
      ],
      collection,
    );
  const path = geoPath(projection).digits(1);
  const classOf = (position: number) => input.classOf[position] ?? null;
  const areaPaths = features.map((feature, index) => {
    const position = drawn[index]!;
    const area = input.areas[position]!;
    const klass = classOf(position);
    const label = klass === null ? (input.hiddenLabel ?? "kein Wert") : input.classes[klass]!.label;
    return `<path d="${path(feature)}" fill="${fillOf(prefix, klass)}"><title>${escapeXml(`${area.name}: ${label}`)}</title></path>`;
  });
  const highlighted = input.highlight != null ? features[drawn.indexOf(input.highlight)] : undefined;
  const strong = highlighted ? `<path d="${path(highlighted)}" fill="none" stroke="#000000" stroke-width="3"/>` : "";
  const border = outline ? `<path d="${path(outline)}" fill="none" stroke="#1a1a1a" stroke-width="1.5"/>` : "";
  const showMissing = input.areas.some((_, position) => classOf(position) === null);
  const legendTop = mapHeight + 2 * margin;
  const rows = input.classes.length + (showMissing ? 1 : 0);
  const height = legendTop + rows * legendRow + margin;
  const description = input.description ?? `Karte mit ${features.length} Gebieten in ${input.classes.length} Klassen. Die Tabelle daneben enthält alle Werte.`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="k360-map" viewBox="0 0 ${width} ${round1(height)}" role="img" aria-labelledby="${prefix}-titel ${prefix}-beschreibung" font-family="sans-serif" font-size="13">`,
    `<title id="${prefix}-titel">${escapeXml(input.title)}</title><desc id="${prefix}-beschreibung">${escapeXml(description)}</desc>`,
    `<defs>${patternDefinitions(prefix, input.classes.length)}</defs>`,
    `<g stroke="#4a4a4a" stroke-width="0.6" stroke-linejoin="round" fill-rule="evenodd">${areaPaths.join("")}</g>`,
    border,
    strong,
    `<g class="k360-map__legend">${legend(input, prefix, legendTop, showMissing)}</g>`,
    `</svg>`,
  ].join("");
}
