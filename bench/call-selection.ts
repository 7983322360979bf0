// The selection of a call for applications (issue 17): 500 reviewed applications, nine places, with two overrides of
// the team, against the target ≤ 1 s. Pure computation, no database. Writes bench/results/call-selection.json.
// npx tsx bench/call-selection.ts
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { exampleSelectionPool, selectApplications } from "../src/modules/calls/testing.ts";
import { runFacts, stats } from "./process.ts";

const root = path.resolve(import.meta.dirname, "..");
const applicationCount = 500;
const places = 9;
const runs = 20;
const limitMs = 1000;

const pool = exampleSelectionPool(applicationCount, 2027);
const proposal = selectApplications(pool, places);
// As the team works: one application taken in (in place of a named member), one left out.
const outsider = proposal.waitingList.at(-1)!.id;
const overrides = { include: [outsider], replaced: [{ id: proposal.chosen[0].id, by: outsider }], exclude: [proposal.chosen[1].id] };

for (let warm = 0; warm < 3; warm++) selectApplications(pool, places, overrides);
const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  selectApplications(pool, places, overrides);
  times.push(performance.now() - started);
}
const measured = stats(times);
const report = {
  ...runFacts(null, null, os.loadavg()[0]),
  applications: applicationCount,
  places,
  runs,
  selectionMs: measured,
  targets: [{ name: "Auswahl für 500 Bewerbungen ≤ 1 s (höchstens)", value: measured.max, limit: limitMs, met: measured.max <= limitMs }],
};
const file = path.join(root, "bench", "results", "call-selection.json");
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`Auswahl aus ${applicationCount} Bewerbungen für ${places} Plätze: Median ${measured.p50} ms, höchstens ${measured.max} ms (Ziel ≤ ${limitMs} ms)`);
console.log(`Ergebnis gespeichert: ${path.relative(root, file)}`);
