// Summarises V8 CPU profiles (`--profile` writes them): `npx tsx bench/profile-top.ts <dir or .cpuprofile> [N]`.
// Prints the N functions with the most self time and the self time per source file, in % of all samples.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [target, limit = "25"] = process.argv.slice(2);
if (!target) throw new Error("Aufruf: npx tsx bench/profile-top.ts <Ordner oder .cpuprofile> [Anzahl]");
const files = (await stat(target)).isDirectory() ? (await readdir(target)).filter((f) => f.endsWith(".cpuprofile")).map((f) => path.join(target, f)) : [target];

const short = (url: string) =>
  url
    .replace(/^file:\/\//, "")
    .replace(/^.*\/node_modules\//, "npm:")
    .replace(/^.*\/(src|bench)\//, "$1/") || "(native)";

for (const file of files) {
  const profile: Profile = JSON.parse(await readFile(file, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...selfMs.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = short(url);
    const key = `${functionName || "(anonymous)"}  ${where}${url ? `:${lineNumber + 1}` : ""}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byFile.set(where, (byFile.get(where) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)} %  ${v.toFixed(0).padStart(7)} ms  ${k}`);
  console.log(`\n${file}: ${(total / 1000).toFixed(1)} s Samples`);
  console.log(`-- Funktionen (Eigenzeit) --\n${top(byFunction, Number(limit)).join("\n")}`);
  console.log(`-- Dateien (Eigenzeit) --\n${top(byFile, 15).join("\n")}`);
}
