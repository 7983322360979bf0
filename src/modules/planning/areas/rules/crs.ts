import proj4 from "proj4";

/**
 * The coordinate reference systems German offices send planning areas in, with their proj4
 * definitions (from the EPSG registry). Everything is reprojected to WGS84 for storage and maps.
 */
export const supportedCrs = {
  "EPSG:4326": { label: "WGS 84 (Längen- und Breitengrade, EPSG:4326)", proj: "+proj=longlat +datum=WGS84 +no_defs" },
  "EPSG:25832": { label: "ETRS89 / UTM Zone 32N (EPSG:25832)", proj: "+proj=utm +zone=32 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs" },
  "EPSG:25833": { label: "ETRS89 / UTM Zone 33N (EPSG:25833)", proj: "+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs" },
  "EPSG:4647": {
    label: "ETRS89 / UTM Zone 32N mit Zonenkennung (EPSG:4647)",
    proj: "+proj=tmerc +lat_0=0 +lon_0=9 +k=0.9996 +x_0=32500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  },
  "EPSG:5650": {
    label: "ETRS89 / UTM Zone 33N mit Zonenkennung (EPSG:5650)",
    proj: "+proj=tmerc +lat_0=0 +lon_0=15 +k=0.9996 +x_0=33500000 +y_0=0 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs",
  },
  "EPSG:31466": { label: "DHDN / Gauß-Krüger Zone 2 (EPSG:31466)", proj: gaussKrueger(2) },
  "EPSG:31467": { label: "DHDN / Gauß-Krüger Zone 3 (EPSG:31467)", proj: gaussKrueger(3) },
  "EPSG:31468": { label: "DHDN / Gauß-Krüger Zone 4 (EPSG:31468)", proj: gaussKrueger(4) },
  "EPSG:31469": { label: "DHDN / Gauß-Krüger Zone 5 (EPSG:31469)", proj: gaussKrueger(5) },
} as const;

export type CrsCode = keyof typeof supportedCrs;

function gaussKrueger(zone: number): string {
  // The seven-parameter shift of DHDN to ETRS89 that the EPSG registry gives for Germany as a whole (about 3 m).
  return `+proj=tmerc +lat_0=0 +lon_0=${zone * 3} +k=1 +x_0=${zone * 1_000_000 + 500_000} +y_0=0 +ellps=bessel +towgs84=598.1,73.7,418.2,0.202,0.045,-2.455,6.7 +units=m +no_defs`;
}

export const isSupportedCrs = (code: string): code is CrsCode => Object.hasOwn(supportedCrs, code);

/** What a file says about its CRS: a code we know, a name we do not support, or nothing. */
export type FoundCrs = { kind: "known"; code: CrsCode } | { kind: "unsupported"; name: string } | { kind: "none" };

const epsgCode = (digits: string): FoundCrs => {
  const code = `EPSG:${Number(digits)}`;
  if (code === "EPSG:4258") return { kind: "known", code: "EPSG:4326" }; // ETRS89 geographic: within a metre of WGS84
  return isSupportedCrs(code) ? { kind: "known", code } : { kind: "unsupported", name: code };
};

/** The GeoJSON `crs` member as QGIS and GDAL write it: urn:ogc:def:crs:EPSG::25832, EPSG:25832, OGC CRS84. */
export function crsOfGeoJson(crs: unknown): FoundCrs {
  if (!crs || typeof crs !== "object") return { kind: "none" };
  const properties = (crs as { properties?: { name?: unknown; code?: unknown } }).properties ?? {};
  if (typeof properties.code === "number" || typeof properties.code === "string") return epsgCode(String(properties.code));
  const name = typeof properties.name === "string" ? properties.name.trim() : "";
  if (name === "") return { kind: "none" };
  if (/crs:?84$/i.test(name)) return { kind: "known", code: "EPSG:4326" };
  const epsg = /^(?:urn:ogc:def:crs:)?EPSG:(?:[0-9.]*:)?(\d+)$/i.exec(name) ?? /opengis\.net\/def\/crs\/EPSG\/[0-9.]+\/(\d+)$/i.exec(name);
  return epsg ? epsgCode(epsg[1]) : { kind: "unsupported", name };
}

const wktNames: [RegExp, CrsCode][] = [
  [/etrs.*utm.*zone.*32n.*ze|utm.*zone.*32n.*ze.?n/, "EPSG:4647"],
  [/etrs.*utm.*zone.*33n.*ze|utm.*zone.*33n.*ze.?n/, "EPSG:5650"],
  [/etrs.*utm.*zone.*32/, "EPSG:25832"],
  [/etrs.*utm.*zone.*33/, "EPSG:25833"],
  [/dhdn.*gauss.*kr[uü]ger.*zone.*2/, "EPSG:31466"],
  [/dhdn.*gauss.*kr[uü]ger.*zone.*3/, "EPSG:31467"],
  [/dhdn.*gauss.*kr[uü]ger.*zone.*4/, "EPSG:31468"],
  [/dhdn.*gauss.*kr[uü]ger.*zone.*5/, "EPSG:31469"],
];

/** The CRS of a Shapefile's `.prj` (WKT as ArcGIS, QGIS or GDAL write it). */
export function crsOfPrj(wkt: string): FoundCrs {
  const text = wkt.trim();
  if (text === "") return { kind: "none" };
  // The authority of the whole system is the last one in the text (the inner ones name datum, units …).
  const authorities = [...text.matchAll(/AUTHORITY\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]|ID\[\s*"EPSG"\s*,\s*(\d+)\s*\]/gi)];
  const outer = /^\s*(PROJCS|GEOGCS|PROJCRS|GEOGCRS|GEODCRS)\[\s*"([^"]*)"/i.exec(text);
  const name = (outer?.[2] ?? "").toLowerCase().replace(/[^a-z0-9ü]+/g, " ");
  for (const [pattern, code] of wktNames) if (pattern.test(name)) return { kind: "known", code };
  if (/^geog/i.test(outer?.[1] ?? "") && /wgs.?84|wgs 1984|etrs.?89|etrs 1989/.test(name)) return { kind: "known", code: "EPSG:4326" };
  const last = authorities.at(-1);
  if (last) return epsgCode(last[1] ?? last[2]);
  return { kind: "unsupported", name: outer?.[2] || text.slice(0, 60) };
}

/** Coordinates that could be longitude and latitude. Only then may a file without CRS be read as WGS84 (RFC 7946). */
export const plausiblyWgs84 = (bounds: Bounds) => bounds.minX >= -180 && bounds.maxX <= 180 && bounds.minY >= -90 && bounds.maxY <= 90;

export interface Bounds {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** A function from the CRS's coordinates to WGS84 longitude and latitude, rounded to 7 places (about a centimetre). */
export function toWgs84(code: CrsCode): (point: number[]) => [number, number] {
  const round = (value: number) => Math.round(value * 1e7) / 1e7;
  if (code === "EPSG:4326") return (point) => [round(point[0]), round(point[1])];
  const converter = proj4(supportedCrs[code].proj, "WGS84");
  return (point) => {
    const [lon, lat] = converter.forward([point[0], point[1]]);
    return [round(lon), round(lat)];
  };
}
