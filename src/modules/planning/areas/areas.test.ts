import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { asc, desc, eq } from "drizzle-orm";
import { startTestApp, type TestApp } from "../../../testing.ts";
import { planningAreas, planningCuts } from "../tables.ts";
import { htmlProblems } from "../../../platform/views/testing.ts";
import { featureCollection, prjUtm32, rectangle, zippedShapefile, type TestFeature } from "./testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const base = "/kommunen/05314-bonn/planung/gebiete";

/** Posts the import form like a browser: multipart with the page's CSRF token, the fields and one file. */
async function upload(cookie: string, fileName: string, content: Buffer, fields: Record<string, string> = {}, action = `${base}/import`) {
  const page = await site.app.inject({ url: base, headers: { cookie } });
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
  const csrf = page.cookies.find((c) => c.name === "_csrf");
  const boundary = "----k360areas";
  const part = (name: string, value: string) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const payload = Buffer.concat([
    Buffer.from(
      Object.entries({ _csrf: token, ...fields })
        .map(([name, value]) => part(name, value))
        .join(""),
    ),
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="datei"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return site.app.inject({
    method: "POST",
    url: action,
    headers: { cookie: [cookie, csrf ? `_csrf=${csrf.value}` : ""].filter(Boolean).join("; "), "content-type": `multipart/form-data; boundary=${boundary}` },
    payload,
  });
}

const cutCount = async () => (await site.database.db.select().from(planningCuts)).length;

/** Three areas of 1 km² in the south of Bonn, in ETRS89 / UTM zone 32N. */
const utmAreas: TestFeature[] = [
  { properties: { schluessel: "0101", name: "Altstadt", bezirk: "01" }, rings: [rectangle(364_000, 5_620_000, 365_000, 5_621_000)] },
  { properties: { schluessel: "0102", name: "Südstadt", bezirk: "01" }, rings: [rectangle(365_000, 5_620_000, 366_000, 5_621_000)] },
  { properties: { schluessel: "01", name: "Bezirk Mitte", bezirk: null }, rings: [rectangle(364_000, 5_621_000, 366_000, 5_622_000)] },
];

test("a planning specialist imports GeoJSON in EPSG:25832: keys keep their zeros, geometry is stored in WGS84", async () => {
  const cookie = await site.sessionFor("planningSpecialist");
  const res = await upload(cookie, "gebiete.geojson", featureCollection(utmAreas, "urn:ogc:def:crs:EPSG::25832"), { parent: "bezirk", label: "Stand 2026" });
  assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
  const page = await site.app.inject({ url: res.headers.location as string, headers: { cookie } });
  assert.match(page.body, /Die Planungsräume wurden als neuer Stand übernommen/);
  assert.match(page.body, />0101</);
  assert.match(page.body, /Südstadt/);
  assert.match(page.body, /EPSG:25832/);
  const [cut] = await site.database.db.select().from(planningCuts).orderBy(desc(planningCuts.id)).limit(1);
  const areas = await site.database.db.select().from(planningAreas).where(eq(planningAreas.cutId, cut.id)).orderBy(asc(planningAreas.position));
  assert.deepEqual(
    areas.map((area) => [area.key, area.parentKey]),
    [
      ["0101", "01"],
      ["0102", "01"],
      ["01", null],
    ],
  );
  const [lon, lat] = (areas[0].geometry as { coordinates: number[][][] }).coordinates[0][0];
  assert.ok(lon > 7.0 && lon < 7.2 && lat > 50.6 && lat < 50.8, `${lon} ${lat}`);
  // The district lies over its two areas only at their edges: no overlap, no gap, nothing outside.
  assert.deepEqual(areas[0].problems, []);
});

test("a zipped Shapefile with .prj and without .cpg is read as Windows-1252: umlauts survive", async () => {
  const cookie = await site.sessionFor("leader");
  const res = await upload(cookie, "gebiete.zip", zippedShapefile(utmAreas, { prj: prjUtm32 }));
  assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
  const page = await site.app.inject({ url: base, headers: { cookie } });
  assert.match(page.body, /Südstadt/);
  const utf8 = await upload(cookie, "gebiete.zip", zippedShapefile(utmAreas, { prj: prjUtm32, cpg: "UTF-8", encoding: "utf8" }));
  assert.equal(utf8.statusCode, 303);
  const names = (await site.database.db.select({ name: planningAreas.name }).from(planningAreas)).map((row) => row.name);
  assert.ok(!names.some((name) => name.includes("Ã") || name.includes("\uFFFD")), names.join(", "));
});

test("without a CRS in the file and with metres as coordinates, the person is asked to choose; the choice then imports", async () => {
  const cookie = await site.sessionFor("planningSpecialist");
  const before = await cutCount();
  const file = featureCollection(utmAreas);
  const res = await upload(cookie, "ohne-crs.geojson", file);
  assert.equal(res.statusCode, 422);
  assert.match(res.body, /id="crs-error"[^]*Bitte wählen Sie das Koordinatensystem aus/);
  assert.equal(await cutCount(), before);
  const chosen = await upload(cookie, "ohne-crs.geojson", file, { crs: "EPSG:25832" });
  assert.equal(chosen.statusCode, 303);
  assert.equal(await cutCount(), before + 1);
});

test("a file that is not GeoJSON, an unsupported CRS and a duplicate key are refused with their message; nothing is stored", async () => {
  const cookie = await site.sessionFor("planningSpecialist");
  const before = await cutCount();
  const notJson = await upload(cookie, "gebiete.geojson", Buffer.from("Schlüssel;Name\n0101;Altstadt"));
  assert.equal(notJson.statusCode, 422);
  assert.match(notJson.body, /kein gültiges GeoJSON/);
  const feature = await upload(cookie, "gebiete.geojson", Buffer.from(JSON.stringify({ type: "Feature", properties: {}, geometry: null })));
  assert.match(feature.body, /keine GeoJSON-FeatureCollection \(gefunden: Feature\)/);
  const lambert = await upload(cookie, "gebiete.geojson", featureCollection(utmAreas, "urn:ogc:def:crs:EPSG::2154"));
  assert.match(lambert.body, /„EPSG:2154“ wird nicht unterstützt/);
  const twice = [...utmAreas, { ...utmAreas[0], properties: { schluessel: "0101", name: "Noch einmal" } }];
  const duplicate = await upload(cookie, "gebiete.geojson", featureCollection(twice, "EPSG:25832"));
  assert.equal(duplicate.statusCode, 422);
  assert.match(duplicate.body, /Objekt 4 \(Schlüssel 0101\): Der Schlüssel kommt schon bei Objekt 1 vor/);
  assert.equal(await cutCount(), before);
});

test("a file over 50 MB gets a German message, not an error page, and nothing is stored", async () => {
  const cookie = await site.sessionFor("planningSpecialist");
  const before = await cutCount();
  const res = await upload(cookie, "riesig.geojson", Buffer.alloc(51 * 1024 * 1024, 0x20));
  assert.equal(res.statusCode, 413);
  assert.match(res.body, /größer als 50 MB/);
  assert.equal(await cutCount(), before);
});

test("staff of Leipzig and the initiative's admin may not import Bonn's areas (403) nor see them", async () => {
  for (const role of ["staff", "admin"] as const) {
    const cookie = await site.sessionFor(role);
    const res = await upload(cookie, "gebiete.geojson", featureCollection(utmAreas, "EPSG:25832"));
    assert.equal(res.statusCode, 403, role);
    assert.equal((await site.app.inject({ url: base, headers: { cookie } })).statusCode, 403, role);
  }
});

test("a list makes a new cut without geometry; a wrong line is named; the old cut keeps its areas as history", async () => {
  const cookie = await site.sessionFor("planningSpecialist");
  const previous = (await site.database.db.select().from(planningCuts).orderBy(asc(planningCuts.id))).at(-1)!;
  const wrong = await site.submit(base, `${base}/liste`, { liste: "0101;Altstadt\n0102", label: "" }, cookie);
  assert.equal(wrong.statusCode, 422);
  assert.match(wrong.body, /Zeile 2: Nach dem Schlüssel fehlt der Name/);
  const res = await site.submit(base, `${base}/liste`, { liste: "0101;Altstadt;01\n0102;Südstadt;01\n01;Mitte", label: "Liste 2027" }, cookie);
  assert.equal(res.statusCode, 303);
  const page = await site.app.inject({ url: base, headers: { cookie } });
  assert.match(page.body, /Aktueller Stand: Liste 2027 \(3 Gebiete\)/);
  assert.match(page.body, /Keine Geometrie/);
  const [old] = await site.database.db.select().from(planningCuts).where(eq(planningCuts.id, previous.id));
  assert.ok(old.replacedAt, "the earlier cut is closed");
  const history = await site.app.inject({ url: `${base}/stand/${old.id}`, headers: { cookie } });
  assert.equal(history.statusCode, 200);
  assert.match(history.body, /Abgelöst am/);
  assert.match(history.body, /Südstadt/);
});

test("an area of the list gets its name changed and its geometry later; a wrong parent gets its message", async () => {
  const cookie = await site.sessionFor("planningSpecialist");
  const current = (await site.database.db.select().from(planningCuts).orderBy(asc(planningCuts.id))).at(-1)!;
  const [area] = await site.database.db.select().from(planningAreas).where(eq(planningAreas.cutId, current.id)).orderBy(asc(planningAreas.position));
  const url = `${base}/${area.id}`;
  const wrongParent = await site.submit(url, url, { name: "Altstadt-Nord", parentKey: "99" }, cookie);
  assert.equal(wrongParent.statusCode, 422);
  assert.match(wrongParent.body, /Zu diesem Schlüssel gibt es im aktuellen Stand kein Gebiet/);
  assert.equal((await site.submit(url, url, { name: "Altstadt-Nord", parentKey: "01" }, cookie)).statusCode, 303);
  const geometry = Buffer.from(JSON.stringify({ type: "Polygon", coordinates: [rectangle(7.1, 50.7, 7.11, 50.71)] }));
  const res = await upload(cookie, "altstadt.geojson", geometry, {}, url);
  assert.equal(res.statusCode, 303, res.body.slice(0, 1500));
  const [stored] = await site.database.db.select().from(planningAreas).where(eq(planningAreas.id, area.id));
  assert.equal(stored.name, "Altstadt-Nord");
  assert.deepEqual((stored.geometry as { type: string }).type, "Polygon");
  assert.deepEqual(stored.problems, []);
  const page = await site.app.inject({ url, headers: { cookie } });
  assert.match(page.body, /Geometrie ersetzen/);
});

test("the areas page, an area, an old cut and a refused import are valid, accessible HTML (html-validate)", async () => {
  const cookie = await site.sessionFor("planningSpecialist");
  const cuts = await site.database.db.select().from(planningCuts).orderBy(asc(planningCuts.id));
  const [area] = await site.database.db
    .select()
    .from(planningAreas)
    .where(eq(planningAreas.cutId, cuts.at(-1)!.id));
  const urls = [base, `${base}/${area.id}`, `${base}/stand/${cuts[0].id}`];
  const pages = await Promise.all(urls.map((url) => site.app.inject({ url, headers: { cookie } })));
  const refused = await upload(cookie, "gebiete.geojson", featureCollection([...utmAreas, utmAreas[0]], "EPSG:25832"));
  for (const [index, res] of [...pages, refused].entries()) assert.deepEqual(await htmlProblems(res.body), [], [...urls, "422"][index]);
});
