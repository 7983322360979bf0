// Runs several test files in one process, each as its own suite: its hooks and tests stay with it,
// and the files run one after the other, as each would alone. Started by scripts/test.js (ADR 0012);
// a single file still runs on its own with `node --import tsx --test <file>`.
import { register } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";

register("./hooks.js", import.meta.url);
const { describe, before } = await import("node:test");
const { record, replay } = await import("./node-test.js");

/** Collects what the previous file left (its closed app and database) before the next one starts. */
const collect = globalThis.gc;

for (const file of process.argv.slice(2)) {
  let calls = [];
  let failure;
  try {
    calls = await record(() => import(pathToFileURL(path.resolve(file)).href));
  } catch (error) {
    failure = error;
  }
  describe(file, () => {
    if (collect) before(collect);
    if (failure) before(() => Promise.reject(failure));
    replay(calls);
  });
}
