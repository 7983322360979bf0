import { test } from "node:test";
import assert from "node:assert/strict";
import { crsOfGeoJson, crsOfPrj, toWgs84 } from "./crs.ts";
import { decideCrs, shapeOf } from "./prepare.ts";
import { encodingOfCpg } from "./read-file.ts";

test("the crs member as QGIS, GDAL and older GeoJSON write it", () => {
  assert.deepEqual(crsOfGeoJson({ type: "name", properties: { name: "urn:ogc:def:crs:EPSG::25832" } }), { kind: "known", code: "EPSG:25832" });
  assert.deepEqual(crsOfGeoJson({ type: "name", properties: { name: "EPSG:25833" } }), { kind: "known", code: "EPSG:25833" });
  assert.deepEqual(crsOfGeoJson({ type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } }), { kind: "known", code: "EPSG:4326" });
  assert.deepEqual(crsOfGeoJson({ type: "EPSG", properties: { code: 31466 } }), { kind: "known", code: "EPSG:31466" });
  assert.deepEqual(crsOfGeoJson({ type: "name", properties: { name: "urn:ogc:def:crs:EPSG::2154" } }), { kind: "unsupported", name: "EPSG:2154" });
  assert.deepEqual(crsOfGeoJson(undefined), { kind: "none" });
});

test("the .prj of ArcGIS, QGIS and GDAL: UTM zones, WGS 84, Gauss-Krüger; others are named", () => {
  const esri = 'PROJCS["ETRS_1989_UTM_Zone_32N",GEOGCS["GCS_ETRS_1989",DATUM["D_ETRS_1989",SPHEROID["GRS_1980",6378137.0,298.257222101]]],UNIT["Meter",1.0]]';
  assert.deepEqual(crsOfPrj(esri), { kind: "known", code: "EPSG:25832" });
  const qgis = 'PROJCS["ETRS89 / UTM zone 33N",GEOGCS["ETRS89",AUTHORITY["EPSG","4258"]],AUTHORITY["EPSG","25833"]]';
  assert.deepEqual(crsOfPrj(qgis), { kind: "known", code: "EPSG:25833" });
  assert.deepEqual(crsOfPrj('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]]]'), { kind: "known", code: "EPSG:4326" });
  assert.deepEqual(crsOfPrj('PROJCS["DHDN_3_Degree_Gauss_Kruger_Zone_2",GEOGCS["GCS_Deutsches_Hauptdreiecksnetz"]]'), { kind: "known", code: "EPSG:31466" });
  assert.deepEqual(crsOfPrj('PROJCS["RGF93_Lambert_93",GEOGCS["GCS_RGF_1993"]]'), { kind: "unsupported", name: "RGF93_Lambert_93" });
});

/** Latitude on the central meridian of a UTM zone from its northing, by the meridian arc of GRS80 (solved by bisection). */
function latitudeOnCentralMeridian(northing: number): number {
  const semiMajor = 6_378_137;
  const e2 = 0.0066943800229;
  const [e4, e6] = [e2 * e2, e2 * e2 * e2];
  const arc = (phi: number) =>
    semiMajor *
    ((1 - e2 / 4 - (3 * e4) / 64 - (5 * e6) / 256) * phi -
      ((3 * e2) / 8 + (3 * e4) / 32 + (45 * e6) / 1024) * Math.sin(2 * phi) +
      ((15 * e4) / 256 + (45 * e6) / 1024) * Math.sin(4 * phi) -
      ((35 * e6) / 3072) * Math.sin(6 * phi));
  let [low, high] = [0, Math.PI / 2];
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (arc(middle) * 0.9996 < northing) low = middle;
    else high = middle;
  }
  return (low * 180) / Math.PI;
}

test("a point of EPSG:25832 on the zone's central meridian lands on 9° E at the latitude of its meridian arc", () => {
  const [lon, lat] = toWgs84("EPSG:25832")([500_000, 5_620_000]);
  assert.equal(lon, 9);
  assert.ok(Math.abs(lat - latitudeOnCentralMeridian(5_620_000)) < 1e-6, `${lat}`);
  assert.ok(lat > 50.7 && lat < 50.8);
  assert.equal(toWgs84("EPSG:25833")([500_000, 5_800_000])[0], 15);
});

test("a file without CRS is WGS84 only when its coordinates can be degrees; otherwise the person chooses", () => {
  const degrees = [
    [
      [
        [7.1, 50.7],
        [7.2, 50.7],
        [7.2, 50.8],
        [7.1, 50.7],
      ],
    ],
  ];
  const metres = [
    [
      [
        [364_000, 5_620_000],
        [365_000, 5_620_000],
        [365_000, 5_621_000],
        [364_000, 5_620_000],
      ],
    ],
  ];
  assert.deepEqual(decideCrs({ kind: "none" }, undefined, degrees), { ok: true, crs: "EPSG:4326" });
  const asked = decideCrs({ kind: "none" }, undefined, metres);
  assert.equal(asked.ok, false);
  assert.match(!asked.ok ? asked.errors.crs : "", /Bitte wählen Sie das Koordinatensystem/);
  assert.deepEqual(decideCrs({ kind: "none" }, "EPSG:25832", metres), { ok: true, crs: "EPSG:25832" });
  assert.deepEqual(decideCrs({ kind: "known", code: "EPSG:25833" }, "EPSG:25832", metres), { ok: true, crs: "EPSG:25833" });
  const unsupported = decideCrs({ kind: "unsupported", name: "EPSG:2154" }, "EPSG:25832", metres);
  assert.match(!unsupported.ok ? unsupported.errors.crs : "", /„EPSG:2154“ wird nicht unterstützt/);
});

test("a .cpg names the DBF's encoding; none or 1252 means Windows-1252", () => {
  assert.equal(encodingOfCpg(null), "windows-1252");
  assert.equal(encodingOfCpg("1252"), "windows-1252");
  assert.equal(encodingOfCpg("UTF-8\r\n"), "utf-8");
  assert.equal(encodingOfCpg("ISO-8859-1"), "iso-8859-1");
});

test("coordinates that do not convert leave the area without geometry and say why", () => {
  const shape = shapeOf(
    {
      type: "Polygon",
      coordinates: [
        [
          [1e30, 1e30],
          [2e30, 1e30],
          [2e30, 2e30],
          [1e30, 1e30],
        ],
      ],
    },
    toWgs84("EPSG:25832"),
  );
  assert.deepEqual(shape.polygons, []);
  assert.deepEqual(
    shape.problems.map((problem) => problem.code),
    ["outside"],
  );
});
