// test-database: pglite (the SQL these pages use is covered on PostgreSQL by the analysis, values, maps and areas tests)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { count, eq } from "drizzle-orm";
import polygonClipping, { type MultiPolygon } from "polygon-clipping";
import { startTestApp, type TestApp } from "../../testing.ts";
import { silentProgress } from "../../platform/progress.ts";
import { profileOf } from "../municipalities/testing.ts";
import { areasOf, currentCut, indicatorsFor, loadSeries, periodsOf, seriesLength } from "./queries.ts";
import { seedPlanningDemo, seedPlanningReference } from "./seed.ts";
import { planningAreas, planningCuts, planningIndicators, planningSeries } from "./tables.ts";
import { exampleLabel } from "./seed/example-town.ts";
import type { Geometry } from "./seed/town-map.ts";

let site: TestApp;
let bonnId: number;
before(async () => {
  site = await startTestApp();
  bonnId = (await profileOf(site.database, "05314")).id;
});
after(() => site.close());

const polygonsOf = (geometry: Geometry): MultiPolygon => (geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates) as MultiPolygon;
const ringArea = (ring: number[][]) => Math.abs(ring.slice(1).reduce((sum, [x, y], i) => sum + ring[i]![0]! * y! - x! * ring[i]![1]!, 0)) / 2;
const areaOf = (shape: MultiPolygon) =>
  shape.reduce((sum, polygon) => sum + ringArea(polygon[0]!) - polygon.slice(1).reduce((holes, ring) => holes + ringArea(ring), 0), 0);

test("Bonn's workbench holds Schlotterbrück: about 25 areas with keys as text, five years of values, small areas among them", async () => {
  const { db } = site.database;
  const cut = (await currentCut(db, bonnId))!;
  assert.equal(cut.label, exampleLabel);
  const areas = await areasOf(db, cut.id);
  assert.equal(areas.length, 25);
  assert.deepEqual(
    areas.slice(0, 3).map((area) => area.key),
    ["01", "02", "03"],
  );
  assert.equal(areas[0]!.name, "Altstadt");
  assert.deepEqual(await periodsOf(db, cut.id), ["2020", "2021", "2022", "2023", "2024"]);
  const population = (await indicatorsFor(db, bonnId)).find((indicator) => indicator.key === "einwohner")!;
  const series = (await loadSeries(db, cut.id, seriesLength(areas), [population.id], ["2024"])).get(`${population.id}|2024`)!;
  const small = areas.filter((area) => series.values[area.position]! < 300).map((area) => area.name);
  assert.ok(small.length >= 2 && small.length <= 3, `small areas: ${small.join(", ")}`);
  assert.ok(small.includes("Kleinbrück"));
});

test("every area's geometry has closed rings, lies near Bonn and overlaps no other area", async () => {
  const { db } = site.database;
  const areas = await areasOf(db, (await currentCut(db, bonnId))!.id);
  const shapes = areas.map((area) => polygonsOf(area.geometry as Geometry));
  for (const [index, shape] of shapes.entries()) {
    for (const ring of shape.flat()) {
      assert.ok(ring.length >= 4, `area ${areas[index]!.key} has a ring of ${ring.length} points`);
      assert.deepEqual(ring[0], ring.at(-1), `ring of area ${areas[index]!.key} is closed`);
      for (const [longitude, latitude] of ring) assert.ok(longitude! > 6.9 && longitude! < 7.3 && latitude! > 50.6 && latitude! < 50.8);
    }
    assert.ok(areaOf(shape) > 0);
  }
  for (let first = 0; first < shapes.length; first++) {
    for (let second = first + 1; second < shapes.length; second++) {
      const overlap = areaOf(polygonClipping.intersection(shapes[first]!, shapes[second]!));
      // In degrees²: 1e-10 is about a square metre.
      assert.ok(overlap < 1e-10, `areas ${areas[first]!.key} and ${areas[second]!.key} overlap by ${overlap}`);
    }
  }
});

test("the seeds run again without adding anything", async () => {
  const { db } = site.database;
  const counts = async () => [
    (await db.select({ n: count() }).from(planningCuts).where(eq(planningCuts.municipalityId, bonnId)))[0]!.n,
    (await db.select({ n: count() }).from(planningAreas))[0]!.n,
    (await db.select({ n: count() }).from(planningIndicators))[0]!.n,
    (await db.select({ n: count() }).from(planningSeries))[0]!.n,
  ];
  const before = await counts();
  await seedPlanningReference(db, silentProgress);
  await seedPlanningDemo(db, silentProgress);
  assert.deepEqual(await counts(), before);
  assert.equal(before[2], 11, "the starter catalogue");
});
