/** Builders for tests of the planning areas: rings, grids of areas, GeoJSON and zipped Shapefiles written byte by byte; and the routes per role. */
import { zipSync } from "fflate";
import type { Database } from "../../../db/client.ts";
import { bonnMembers, loggedIn, type RouteCases } from "../../../platform/route-cases.ts";
import type { Polygons, Ring } from "./rules/geometry.ts";

/** A rectangle as a closed ring, counter-clockwise (GeoJSON's outer ring). */
export const rectangle = (west: number, south: number, east: number, north: number): Ring => [
  [west, south],
  [east, south],
  [east, north],
  [west, north],
  [west, south],
];

/**
 * A grid of areas whose shared borders wiggle: each border between two grid corners has `detail`
 * points, drawn once and used by both areas beside it, as a real cut's borders are.
 */
export function wigglyGrid(columns: number, rows: number, options: { west: number; south: number; step: number; detail: number }): Polygons[] {
  const { west, south, step, detail } = options;
  const corner = (column: number, row: number): [number, number] => [west + column * step, south + row * step];
  const border = (from: [number, number], to: [number, number], seed: number): Ring => {
    const line: Ring = [from];
    for (let point = 1; point < detail; point++) {
      const share = point / detail;
      const wiggle = Math.sin(seed * 12.9898 + point * 78.233) * Math.sin(Math.PI * share) * step * 0.04;
      const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
      line.push([from[0] + dx * share - (dy / step) * wiggle, from[1] + dy * share + (dx / step) * wiggle]);
    }
    line.push(to);
    return line;
  };
  const horizontal = (column: number, row: number) => border(corner(column, row), corner(column + 1, row), row * 1000 + column);
  const vertical = (column: number, row: number) => border(corner(column, row), corner(column, row + 1), 500_000 + row * 1000 + column);
  const areas: Polygons[] = [];
  for (let row = 0; row < rows; row++)
    for (let column = 0; column < columns; column++) {
      const ring: Ring = [
        ...horizontal(column, row).slice(0, -1),
        ...vertical(column + 1, row).slice(0, -1),
        ...horizontal(column, row + 1)
          .reverse()
          .slice(0, -1),
        ...vertical(column, row).reverse(),
      ];
      areas.push([[ring]]);
    }
  return areas;
}

export interface TestFeature {
  properties: Record<string, string | number | null>;
  rings: Ring[] | null;
}

/** A GeoJSON FeatureCollection; with a CRS name it carries the `crs` member as QGIS writes it. */
export function featureCollection(features: TestFeature[], crsName?: string): Buffer {
  return Buffer.from(
    JSON.stringify({
      type: "FeatureCollection",
      ...(crsName ? { crs: { type: "name", properties: { name: crsName } } } : {}),
      features: features.map((f) => ({ type: "Feature", properties: f.properties, geometry: f.rings ? { type: "Polygon", coordinates: f.rings } : null })),
    }),
  );
}

/** The .shp of polygons (shape type 5), outer rings clockwise as the format wants them. */
function shpBytes(features: TestFeature[]): Buffer {
  const records = features.map((feature, index) => {
    const rings = (feature.rings ?? []).map((ring) => [...ring].reverse());
    const points = rings.flat();
    const content = Buffer.alloc(44 + 4 * rings.length + 16 * points.length);
    content.writeInt32LE(5, 0);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((value, i) => content.writeDoubleLE(value, 4 + 8 * i));
    content.writeInt32LE(rings.length, 36);
    content.writeInt32LE(points.length, 40);
    let start = 0;
    rings.forEach((ring, index) => {
      content.writeInt32LE(start, 44 + 4 * index);
      start += ring.length;
    });
    points.forEach((point, index) => {
      content.writeDoubleLE(point[0], 44 + 4 * rings.length + 16 * index);
      content.writeDoubleLE(point[1], 52 + 4 * rings.length + 16 * index);
    });
    const header = Buffer.alloc(8);
    header.writeInt32BE(index + 1, 0);
    header.writeInt32BE(content.length / 2, 4);
    return Buffer.concat([header, content]);
  });
  const body = Buffer.concat(records);
  const head = Buffer.alloc(100);
  head.writeInt32BE(9994, 0);
  head.writeInt32BE((100 + body.length) / 2, 24);
  head.writeInt32LE(1000, 28);
  head.writeInt32LE(5, 32);
  return Buffer.concat([head, body]);
}

/** A .dbf with text fields of 40 characters, the values in the given encoding (latin1 is Windows-1252 for German letters). */
function dbfBytes(features: TestFeature[], encoding: "latin1" | "utf8"): Buffer {
  const fields = Object.keys(features[0]?.properties ?? {});
  const width = 40;
  const head = Buffer.alloc(32 + 32 * fields.length + 1);
  head.writeUInt8(3, 0);
  head.writeUInt32LE(features.length, 4);
  head.writeUInt16LE(head.length, 8);
  head.writeUInt16LE(1 + width * fields.length, 10);
  fields.forEach((field, index) => {
    head.write(field.slice(0, 10), 32 + 32 * index, "latin1");
    head.write("C", 32 + 32 * index + 11, "latin1");
    head.writeUInt8(width, 32 + 32 * index + 16);
  });
  head.writeUInt8(0x0d, head.length - 1);
  const rows = features.map((feature) => {
    const row = Buffer.alloc(1 + width * fields.length, 0x20);
    fields.forEach((field, i) => Buffer.from(String(feature.properties[field] ?? ""), encoding).copy(row, 1 + width * i, 0, width));
    return row;
  });
  return Buffer.concat([head, ...rows, Buffer.from([0x1a])]);
}

/** A zipped Shapefile (.shp, .dbf, and a .prj and .cpg when given). */
export function zippedShapefile(features: TestFeature[], options: { prj?: string; cpg?: string; encoding?: "latin1" | "utf8" } = {}): Buffer {
  const files: Record<string, Uint8Array> = {
    "gebiete.shp": shpBytes(features),
    "gebiete.dbf": dbfBytes(features, options.encoding ?? "latin1"),
  };
  if (options.prj) files["gebiete.prj"] = Buffer.from(options.prj);
  if (options.cpg) files["gebiete.cpg"] = Buffer.from(options.cpg);
  return Buffer.from(zipSync(files));
}

/** The .prj QGIS writes for ETRS89 / UTM zone 32N. */
export const prjUtm32 =
  'PROJCS["ETRS89_UTM_zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",9.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';

/** Every route of the planning areas, for Bonn; ids that do not exist, so no case changes what another reads. */
export async function routeCases(_database: Database): Promise<RouteCases> {
  const base = "/kommunen/05314-bonn/planung/gebiete";
  return {
    "GET /kommunen/:slug/planung/gebiete": { url: base, expect: loggedIn(bonnMembers, 200) },
    "POST /kommunen/:slug/planung/gebiete/import": { url: `${base}/import`, body: { key: "", name: "" }, expect: loggedIn(bonnMembers, 422) },
    "POST /kommunen/:slug/planung/gebiete/liste": { url: `${base}/liste`, body: { liste: "" }, expect: loggedIn(bonnMembers, 422) },
    "GET /kommunen/:slug/planung/gebiete/stand/:cutId": { url: `${base}/stand/999999`, expect: loggedIn(bonnMembers, 404) },
    "GET /kommunen/:slug/planung/gebiete/:id": { url: `${base}/999999`, expect: loggedIn(bonnMembers, 404) },
    "POST /kommunen/:slug/planung/gebiete/:id": { url: `${base}/999999`, body: { name: "Altstadt" }, expect: loggedIn(bonnMembers, 404) },
  };
}
