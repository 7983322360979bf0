// The one test command (npm test): every *.test.ts under src/ and test/e2e/ on PGlite; when DATABASE_URL
// is set, every test that uses a database also on PostgreSQL. Browser journeys, pure unit tests and files
// marked "test-database: pglite" run once: they do not depend on the server.
// Test files run in batches, several files in one process one after the other (scripts/test-batch/),
// so the app's code is loaded once per batch rather than once per file; one batch per core runs at a
// time, the longest first (ADR 0012). `npm run test:quick` (--quick) runs the unit and HTTP tests on
// PGlite only; `npm test -- <files>` runs only those files.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const only = args.filter((arg) => arg !== "--quick");
const find = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith(".test.ts"))
    .map((file) => path.join(dir, file))
    .sort();
const files = only.length ? only : [...find("src"), ...(quick ? [] : find("test/e2e"))];

const isBrowser = (file) => file.startsWith(`test${path.sep}e2e`);
/** What decides where a file runs, read once per file. */
const facts = new Map(
  files.map((file) => {
    const source = readFileSync(file, "utf8");
    return [file, { database: /\b(startTestApp|openDatabase)\b/.test(source), pgliteOnly: source.includes("test-database: pglite") }];
  }),
);
const usesDatabase = (file) => facts.get(file).database;
const onPostgres = (file) => !isBrowser(file) && usesDatabase(file) && !facts.get(file).pgliteOnly;

/** Seconds each file took last time on this machine; without them (a fresh clone) its kind decides. */
const durationsFile = path.join(".cache", "test-durations.json");
const known = (() => {
  try {
    return JSON.parse(readFileSync(durationsFile, "utf8"));
  } catch {
    return {};
  }
})();
const estimate = (file) => known[file] ?? (isBrowser(file) ? 120 : usesDatabase(file) ? 8 : 1);

/** Files in batches of about `size` seconds, longest files first; a file longer than that is a batch alone. */
function batches(list, size) {
  const sorted = [...list].sort((a, b) => estimate(b) - estimate(a));
  const result = [];
  let current = [];
  let sum = 0;
  for (const file of sorted) {
    if (current.length && sum + estimate(file) > size) {
      result.push(current);
      current = [];
      sum = 0;
    }
    current.push(file);
    sum += estimate(file);
  }
  if (current.length) result.push(current);
  return result;
}

const { DATABASE_URL, ...withoutUrl } = process.env;
const postgres = DATABASE_URL && !quick ? `PostgreSQL (${new URL(DATABASE_URL).host})` : "";
const seconds = (job) => job.list.reduce((sum, file) => sum + estimate(file), 0);
const jobs = [
  ...batches(files.filter(isBrowser), 1).map((list) => ({ label: "PGlite", list, env: withoutUrl })),
  ...batches(
    files.filter((file) => !isBrowser(file)),
    60,
  ).map((list) => ({ label: "PGlite", list, env: withoutUrl })),
  ...(postgres ? batches(files.filter(onPostgres), 60).map((list) => ({ label: postgres, list, env: process.env })) : []),
]
  .map((job) => ({ ...job, seconds: seconds(job) }))
  .sort((a, b) => b.seconds - a.seconds);

const started = Date.now();
const minutes = (ms) => `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`;
const failed = [];
const durations = { ...known };
let done = 0;

/** One batch as its own process; its output is printed whole when it ends, so batches do not interleave. */
function runBatch(job) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--expose-gc", "--import", "tsx", "--test-reporter=tap", "scripts/test-batch/run.js", ...job.list], {
      env: job.env,
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (code) => {
      done += 1;
      console.log(`\n▶ ${job.label} ${done}/${jobs.length}: ${job.list.join(", ")}`);
      process.stdout.write(output);
      for (const match of output.matchAll(/^(?:not )?ok \d+ - (\S+\.test\.ts)\n\s+---\n\s+duration_ms: ([\d.]+)/gm)) {
        if (job.label === "PGlite") durations[match[1]] = Math.round(Number(match[2]) / 100) / 10;
      }
      const tests = [...output.matchAll(/^\s*not ok \d+ - (.+)$/gm)].map((match) => match[1]).filter((name) => !name.endsWith(".test.ts"));
      failed.push(...tests.map((name) => `${job.label}: ${name}`));
      if (code !== 0 && tests.length === 0) failed.push(`${job.label}: ${job.list.join(", ")} (Exit-Code ${code})`);
      resolve();
    });
  });
}

const queue = [...jobs];
const workers = Math.max(2, os.availableParallelism());
console.log(`Tests: ${files.length} Dateien in ${jobs.length} Stapeln, ${workers} zugleich${postgres ? `, auf PGlite und ${postgres}` : ", auf PGlite"}`);
await Promise.all(
  Array.from({ length: workers }, async () => {
    while (queue.length) await runBatch(queue.shift());
  }),
);
mkdirSync(".cache", { recursive: true });
writeFileSync(durationsFile, JSON.stringify(durations, null, 1));
console.log(`\n▶ Alle Tests: ${minutes(Date.now() - started)}`);
if (failed.length) console.log(`▶ Fehlgeschlagen (${failed.length}):\n${failed.map((line) => `  ${line}`).join("\n")}`);
process.exit(failed.length ? 1 : 0);
