// Every module has the same inner tree (ADR 0009): this test walks src/modules and names each part
// that is missing or that the shape does not know.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { modules } from "./index.ts";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Parts every unit (a module, or a feature folder of a large module) has. */
const required = ["routes/", "schemas.ts", "policies.ts", "texts.ts", "views/"];
/** Parts a unit may have. A folder may stand for a file that grew: queries/, texts/, seed/. */
const optional = [
  "commands/",
  "queries.ts",
  "queries/",
  "rules/",
  "reference.ts",
  "tables.ts",
  "seed.ts",
  "seed/",
  "texts/",
  "search.ts",
  "privacy.ts",
  "tasks.ts",
  "start.ts",
  "notifications.ts",
  "testing.ts",
  "cli.ts",
];
/** Files directly in src/modules that are not modules. */
const sharedFiles = ["index.ts", "manifest.ts", "shape.test.ts"];

const isTest = (name: string) => name.endsWith(".test.ts");
const entriesOf = (dir: string) => readdirSync(dir).map((name) => (statSync(path.join(dir, name)).isDirectory() ? `${name}/` : name));

/** What is wrong with one unit; `features` lists its feature folders (only a module may have them). */
function checkUnit(dir: string, label: string, isModule: boolean): string[] {
  const problems: string[] = [];
  const entries = entriesOf(dir);
  const features = entries.filter((e) => e.endsWith("/") && !required.includes(e) && !optional.includes(e));
  // A module made of feature folders keeps its parts in them; its root holds only what they share.
  const needsParts = !isModule || features.length === 0;
  for (const part of required) if (needsParts && !entries.includes(part)) problems.push(`${label}: ${part} fehlt`);
  for (const entry of entries) {
    if (required.includes(entry) || optional.includes(entry) || isTest(entry)) continue;
    if (isModule && entry === "index.ts") continue;
    if (isModule && features.includes(entry)) {
      problems.push(...checkUnit(path.join(dir, entry), `${label}/${entry.slice(0, -1)}`, false));
      continue;
    }
    problems.push(`${label}: ${entry} gehört nicht zur Form eines Moduls`);
  }
  if (isModule && !entries.includes("index.ts")) problems.push(`${label}: index.ts fehlt`);
  for (const folder of entries.filter((e) => e.endsWith("/") && (required.includes(e) || optional.includes(e)) && e !== "seed/")) {
    for (const inner of entriesOf(path.join(dir, folder))) {
      if (inner.endsWith("/")) problems.push(`${label}/${folder}${inner}: Teile enthalten keine Unterordner`);
    }
  }
  return problems;
}

test("every module folder has the parts of the module shape and nothing else", () => {
  const problems: string[] = [];
  for (const entry of entriesOf(here)) {
    if (entry.endsWith("/")) problems.push(...checkUnit(path.join(here, entry), entry.slice(0, -1), true));
    else if (!sharedFiles.includes(entry)) problems.push(`src/modules/${entry} gehört in ein Modul`);
  }
  assert.deepEqual(problems, []);
});

test("every module folder is a module in the list, and every listed module has its folder", () => {
  const folders = entriesOf(here)
    .filter((e) => e.endsWith("/"))
    .map((e) => e.slice(0, -1))
    .sort();
  assert.deepEqual(modules.map((m) => m.name).sort(), folders);
});
