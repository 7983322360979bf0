// The app under load, in its own process so that autocannon (in bench/run.ts) does not steal its CPU.
// Started as `node --import tsx bench/server.ts`; reads DATA_DIR, OUTBOX_DIR and (for PostgreSQL) DATABASE_URL
// from the environment, prepares the database with demo data and prints one JSON line {"port": N} on stdout.
// SIGTERM closes it cleanly, so that `--cpu-prof` can write its profile.
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/client.ts";
import { buildApp } from "../src/app.ts";
import { prepareDatabase } from "../src/setup.ts";
import { silentProgress } from "../src/platform/progress.ts";

const config = loadConfig({ ...process.env, LOG_LEVEL: "warn" });
const database = await openDatabase(config);
await prepareDatabase(database, { demo: true, progress: silentProgress });
const app = await buildApp({ config, database, logger: false });
await app.listen({ port: 0, host: "127.0.0.1" });

const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
process.stdout.write(`${JSON.stringify({ port, kind: database.kind })}\n`);

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
