// Lasttest / load test: `npm run bench [-- --suite kommunen|programm|austausch|magazin] [--db pglite|postgres] [--duration 20] [--connections 32] [--profile]`.
// Suite "kommunen" (bench/municipalities.ts): directory and profile pages → bench/results/<db>.json.
// Suite "programm" (bench/program.ts): Fellow program – obligations overview, seat selection, public events page
// → bench/results/program-<db>.json. Suite "austausch" (bench/exchange.ts): search quality, problem finder, peers and
// AG topics on 100,000 reports → bench/results/exchange-<db>.json. Suite "magazin" (bench/publishing.ts): article page
// with 50 comments, Magazin list, newsletter to 10,000 subscribers → bench/results/publishing-<db>.json.
// Without --suite all run; without --db PGlite, then PostgreSQL (if it answers).
import { parseArgs } from "node:util";
import { municipalitiesSuite } from "./municipalities.ts";
import { programSuite } from "./program.ts";
import { exchangeSuite } from "./exchange.ts";
import { publishingSuite } from "./publishing.ts";
import { adminUrl, reachable, type DbKind } from "./process.ts";

const suites = { kommunen: municipalitiesSuite, programm: programSuite, austausch: exchangeSuite, magazin: publishingSuite } as const;
type SuiteName = keyof typeof suites;
const aliases: Record<string, SuiteName> = {
  kommunen: "kommunen",
  municipalities: "kommunen",
  programm: "programm",
  program: "programm",
  austausch: "austausch",
  exchange: "austausch",
  magazin: "magazin",
  publishing: "magazin",
};

const { values } = parseArgs({
  options: {
    suite: { type: "string" },
    db: { type: "string" },
    duration: { type: "string", default: "20" },
    connections: { type: "string", default: "32" },
    profile: { type: "boolean", default: false },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
if (!(duration > 0) || !(connections > 0)) throw new Error("--duration und --connections müssen positive Zahlen sein.");
if (values.db && values.db !== "pglite" && values.db !== "postgres") throw new Error(`--db ${values.db}? Erlaubt: pglite, postgres`);
if (values.suite && !aliases[values.suite]) throw new Error(`--suite ${values.suite}? Erlaubt: kommunen, programm, austausch, magazin`);

const wantedSuites: SuiteName[] = values.suite ? [aliases[values.suite]] : ["kommunen", "programm", "austausch", "magazin"];
const wantedDbs: DbKind[] = values.db ? [values.db as DbKind] : ["pglite", "postgres"];
let failed = false;
for (const db of wantedDbs) {
  if (db === "postgres" && !(await reachable(adminUrl))) {
    const message = `PostgreSQL unter ${new URL(adminUrl).host} antwortet nicht – übersprungen.`;
    if (values.db) throw new Error(message);
    console.log(`\n▶ ${message}`);
    continue;
  }
  for (const suite of wantedSuites) failed = (await suites[suite](db, { duration, connections, profile: values.profile })) || failed;
}
process.exit(failed ? 1 : 0);
