// What a test file gets for `import … from "node:test"` inside a batch (see run.js). While a file is
// imported, its top-level calls are only recorded; the batch then makes them, in order, inside the
// file's own suite. Every other call goes straight to node:test.
import * as real from "node:test";

let recording = null;

/** Records the top-level calls made while `load` runs; the caller replays them with `replay`. */
export async function record(load) {
  const calls = [];
  recording = calls;
  try {
    await load();
  } finally {
    recording = null;
  }
  return calls;
}

export function replay(calls) {
  for (const { name, args } of calls) real[name](...args);
}

const pass =
  (name) =>
  (...args) => {
    if (recording) recording.push({ name, args });
    else return real[name](...args);
  };

export const test = pass("test");
export const it = pass("it");
export const describe = pass("describe");
export const before = pass("before");
export const after = pass("after");
export const beforeEach = pass("beforeEach");
export const afterEach = pass("afterEach");
export default test;
