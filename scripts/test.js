// The one test command (npm test): every *.test.ts under src/ and test/e2e/ on PGlite,
// then all of them again on PostgreSQL when DATABASE_URL is set.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const only = process.argv.slice(2);
const find = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => path.join(dir, f))
    .sort();
const files = only.length ? only : [...find("src"), ...find("test/e2e")];

function run(label, env) {
  console.log(`\n▶ Tests auf ${label} (${files.length} Dateien)`);
  const result = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...files], { stdio: "inherit", env });
  return result.status === 0;
}

const { DATABASE_URL, ...withoutUrl } = process.env;
let ok = run("PGlite", withoutUrl);
if (DATABASE_URL) ok = run(`PostgreSQL (${new URL(DATABASE_URL).host})`, process.env) && ok;
process.exit(ok ? 0 : 1);
