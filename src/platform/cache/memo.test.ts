import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { sql } from "drizzle-orm";
import { currentGeneration, GenerationMemo } from "./memo.ts";
import { startTestApp, type TestApp } from "../../testing.ts";

let site: TestApp;
before(async () => {
  site = await startTestApp();
});
after(() => site.close());

const touchAuthors = () => site.database.db.execute(sql`update publishing_authors set name = name where id = (select min(id) from publishing_authors)`);

function counting() {
  let calls = 0;
  return { compute: async (until?: number) => ({ value: ++calls, until }), calls: () => calls };
}

test("a write to a table behind the Magazin moves its generation on, and only its own", async () => {
  const [magazin, kommunen] = [await currentGeneration(site.database, "magazin"), await currentGeneration(site.database, "kommunen")];
  await touchAuthors();
  assert.equal(await currentGeneration(site.database, "magazin"), magazin + 1);
  assert.equal(await currentGeneration(site.database, "kommunen"), kommunen);
});

test("a value is computed once and kept until its data changes", async () => {
  const memo = new GenerationMemo<string, number>("magazin", { ttlMs: 60_000, size: 10 });
  const compute = counting();
  assert.equal(await memo.get(site.database, "a", () => compute.compute()), 1);
  assert.equal(await memo.get(site.database, "a", () => compute.compute()), 1);
  await touchAuthors();
  assert.equal(await memo.get(site.database, "a", () => compute.compute()), 2);
});

test("requests that miss at the same time share one computation", async () => {
  const memo = new GenerationMemo<string, number>("magazin", { ttlMs: 60_000, size: 10 });
  const compute = counting();
  const values = await Promise.all(Array.from({ length: 8 }, () => memo.get(site.database, "a", () => compute.compute())));
  assert.deepEqual(new Set(values), new Set([1]));
  assert.equal(compute.calls(), 1);
});

test("a value is computed again after its time-to-live or its own end, a failure is not kept", async () => {
  const shortLived = new GenerationMemo<string, number>("magazin", { ttlMs: 0, size: 10 });
  const compute = counting();
  await shortLived.get(site.database, "a", () => compute.compute());
  assert.equal(await shortLived.get(site.database, "a", () => compute.compute()), 2);

  const memo = new GenerationMemo<string, number>("magazin", { ttlMs: 60_000, size: 10 });
  const other = counting();
  await memo.get(site.database, "a", () => other.compute(Date.now() - 1));
  assert.equal(await memo.get(site.database, "a", () => other.compute()), 2);

  await assert.rejects(
    memo.get(site.database, "b", () => Promise.reject(new Error("kaputt"))),
    /kaputt/,
  );
  assert.equal(await memo.get(site.database, "b", () => other.compute()), 3);
});

test("at most `size` values are kept, the oldest leaves first", async () => {
  const memo = new GenerationMemo<string, number>("magazin", { ttlMs: 60_000, size: 2 });
  const compute = counting();
  for (const key of ["a", "b", "c"]) await memo.get(site.database, key, () => compute.compute());
  assert.equal(await memo.get(site.database, "c", () => compute.compute()), 3);
  assert.equal(await memo.get(site.database, "a", () => compute.compute()), 4);
});

test("a value read again goes to the back of the line: the least recently used leaves first", async () => {
  const memo = new GenerationMemo<string, number>("magazin", { ttlMs: 60_000, size: 2 });
  const compute = counting();
  for (const key of ["a", "b", "a", "c"]) await memo.get(site.database, key, () => compute.compute());
  assert.equal(await memo.get(site.database, "a", () => compute.compute()), 1, "read again before c came, so b left");
  assert.equal(await memo.get(site.database, "b", () => compute.compute()), 4);
});

test("a value computed with keep: false reaches the caller but takes no place", async () => {
  const memo = new GenerationMemo<string, number>("magazin", { ttlMs: 60_000, size: 1 });
  const compute = counting();
  const notKept = async () => ({ value: 10, keep: false });
  assert.equal(await memo.get(site.database, "a", notKept), 10);
  assert.equal(await memo.get(site.database, "a", () => compute.compute()), 1, "a was not kept");
  await memo.get(site.database, "b", notKept);
  assert.equal(await memo.get(site.database, "a", () => compute.compute()), 1, "b pushed nothing out");
});
