// The choropleth of 500 planning areas (issue 11): render time and SVG size against the targets
// (≤ 100 ms, ≤ 300 KB). Pure computation, no database. Writes bench/results/planning-map.json.
// npx tsx bench/planning-map.ts
import { mkdir, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { renderChoropleth, voronoiAreas } from "../src/modules/planning/testing.ts";

const root = path.resolve(import.meta.dirname, "..");
const areaCount = 500;
const runs = 50;

const areas = voronoiAreas(areaCount);
const classes = [1, 2, 3, 4, 5].map((n) => ({ label: `Klasse ${n}` }));
// Every sixth area without a value, the others spread over five classes.
const input = { title: "500 Planungsräume", areas, classOf: areas.map((_, i) => (i % 6 === 5 ? null : i % 5)), classes, hiddenLabel: "kein Wert" };

for (let warm = 0; warm < 5; warm++) renderChoropleth(input);
const times: number[] = [];
let svg = "";
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  svg = renderChoropleth(input);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const round = (value: number) => Math.round(value * 100) / 100;
const median = round(times[Math.floor(runs / 2)]!);
const worst = round(times[runs - 1]!);
const bytes = Buffer.byteLength(svg);
const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root }).toString().trim();
const report = {
  date: new Date().toISOString(),
  commit,
  node: process.version,
  cpus: os.cpus().length,
  areas: areaCount,
  runs,
  renderMs: { median, p95: round(times[Math.floor(runs * 0.95)]!), max: worst },
  svgBytes: bytes,
  targets: [
    { name: "Rendern ≤ 100 ms (Median)", value: median, limit: 100, met: median <= 100 },
    { name: "SVG ≤ 300 KB", value: bytes, limit: 300 * 1024, met: bytes <= 300 * 1024 },
  ],
};
const file = path.join(root, "bench", "results", "planning-map.json");
await mkdir(path.dirname(file), { recursive: true });
await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
console.log(`Karte mit ${areaCount} Gebieten: Median ${median} ms, höchstens ${worst} ms, SVG ${(bytes / 1024).toFixed(1)} KB`);
console.log(`Ergebnis gespeichert: ${path.relative(root, file)}`);
