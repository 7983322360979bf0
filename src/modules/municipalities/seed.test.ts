import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { eq, inArray, sql } from "drizzle-orm";
import { silentProgress } from "../../platform/progress.ts";
import { startTestApp, type TestApp } from "../../testing.ts";
import { seedReference } from "./seed.ts";
import { changeProjects, municipalities } from "./tables.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const count = async (table: typeof municipalities | typeof changeProjects) =>
  (await site.database.db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(table))[0].n;

test("on a database seeded before, the reference seed adds the missing authorities and the date of the figures, and nothing twice", async () => {
  const { db } = site.database;
  const [places, projects] = [await count(municipalities), await count(changeProjects)];
  // A database from before December 2026: without the added authorities and without reference dates.
  await db.delete(municipalities).where(inArray(municipalities.ags, ["05334032", "11008"]));
  await db
    .update(municipalities)
    .set({ figuresAsOf: null })
    .where(inArray(municipalities.ags, ["05314", "05758012"]));
  await seedReference(db, silentProgress);
  assert.equal(await count(municipalities), places);
  assert.equal(await count(changeProjects), projects, "the Fellows' projects are not seeded again");
  const dated = await db
    .select({ ags: municipalities.ags, figuresAsOf: municipalities.figuresAsOf })
    .from(municipalities)
    .where(inArray(municipalities.ags, ["05334032", "11008", "05314", "05758012"]));
  assert.deepEqual(Object.fromEntries(dated.map((row) => [row.ags, row.figuresAsOf])), {
    "05334032": "2019-12-31",
    "11008": "2019-12-31",
    "05314": "2018-12-31",
    "05758012": "2018-12-31",
  });
  const [bonn] = await db.select({ isFellow: municipalities.isFellow }).from(municipalities).where(eq(municipalities.ags, "05314"));
  assert.equal(bonn.isFellow, true);
});
