// Module hook of a batch: test files and their helpers get ./node-test.js for "node:test".
const shim = new URL("./node-test.js", import.meta.url).href;

export const resolve = (specifier, context, next) =>
  specifier === "node:test" && context.parentURL !== shim && !context.parentURL?.includes("/node_modules/")
    ? { url: shim, shortCircuit: true }
    : next(specifier, context);
