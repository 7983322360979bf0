import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { count } from "drizzle-orm";
import { prepareDatabase } from "../../setup.ts";
import { silentProgress } from "../progress.ts";
import { analysisVersion, indexedWith } from "./analysis.ts";
import { search } from "./engine.ts";
import { searchDocuments, searchState } from "./tables.ts";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const documents = async () => (await site.database.db.select({ n: count() }).from(searchDocuments))[0].n;

test("an index built by another version of the analysis is built again at the next start", async () => {
  const before = await documents();
  assert.ok(before > 60, "profiles, projects and the demo reports are indexed");
  assert.equal(await indexedWith(site.database.db), analysisVersion);
  await site.database.db.update(searchState).set({ value: "eine-alte-version" });
  await site.database.db.delete(searchDocuments);
  await prepareDatabase(site.database, { demo: false, progress: silentProgress });
  assert.equal(await documents(), before);
  assert.equal(await indexedWith(site.database.db), analysisVersion);
  const found = await search(site.database.db, { query: "Kinderarmut", audiences: ["public"], limit: 5 });
  assert.ok(found.hits.length > 0);
});
