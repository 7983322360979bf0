// The one test command (npm test): every *.test.ts under src/ and test/e2e/ on PGlite, three files at a time; then, when
// DATABASE_URL is set, every test that uses a database again on PostgreSQL. Browser journeys, pure
// unit tests and files marked "test-database: pglite" run once: they do not depend on the server.
// `npm run test:quick` (--quick) runs the unit and HTTP tests on PGlite only, for use during work.
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
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

const usesDatabase = /\b(startTestApp|openDatabase)\b/;
const onPostgres = (file) => {
  if (file.startsWith(`test${path.sep}e2e`)) return false;
  const source = readFileSync(file, "utf8");
  return usesDatabase.test(source) && !source.includes("test-database: pglite");
};

function run(label, list, env) {
  const started = Date.now();
  console.log(`\n▶ Tests auf ${label} (${list.length} Dateien)`);
  const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=3", ...list], { stdio: "inherit", env });
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`▶ ${label}: ${Math.floor(seconds / 60)} min ${seconds % 60} s`);
  return result.status === 0;
}

const { DATABASE_URL, ...withoutUrl } = process.env;
let ok = run("PGlite", files, withoutUrl);
const postgresFiles = files.filter(onPostgres);
if (DATABASE_URL && !quick && postgresFiles.length) ok = run(`PostgreSQL (${new URL(DATABASE_URL).host})`, postgresFiles, process.env) && ok;
process.exit(ok ? 0 : 1);
