// The app for the program suite (bench/program.ts), in its own process: prepares the database with demo data,
// enlarges the Fellow program (bench/program-data.ts), times the obligation and selection code by calling it
// directly (before any HTTP load, so nothing else runs), then serves HTTP and prints one JSON line with the port,
// an admin session cookie and the figures. GET /__bench/server-times returns (and resets) the server-side time
// per route (reply.elapsedTime, from onRequest to the response) of the requests since the last call.
import { performance } from "node:perf_hooks";
import { todayInGermany } from "../src/platform/dates.ts";
import { sql } from "drizzle-orm";
import { loadConfig } from "../src/config.ts";
import { openDatabase } from "../src/db/client.ts";
import { buildApp } from "../src/app.ts";
import { prepareDatabase } from "../src/setup.ts";
import { silentProgress } from "../src/platform/progress.ts";
import { findUserByEmail } from "../src/platform/auth/service.ts";
import { createSession, sessionCookie } from "../src/platform/auth/sessions.ts";
import { loadObligationInput } from "../src/modules/program/testing.ts";
import { computeObligations } from "../src/modules/program/testing.ts";

import { selectApplicants } from "../src/modules/program/testing.ts";
import { exampleApplicants } from "../src/modules/program/testing.ts";
import { applicantCount, seedProgramBench } from "./program-data.ts";
import { stats } from "./process.ts";
import { instrument } from "./instrument.ts";
import { currentProgram } from "../src/modules/program/index.ts";

const runs = { obligations: { warmup: 20, measured: 200 }, selection: { warmup: 5, measured: 50, seats: 7 } };

const config = loadConfig({ ...process.env, LOG_LEVEL: "warn" });
const database = await openDatabase(config);
const { db } = database;
const seedStarted = performance.now();
await prepareDatabase(database, { demo: true, progress: silentProgress });
const program = (await currentProgram(db))!;
const today = todayInGermany();
const { size, leadershipFormatId } = await seedProgramBench(db, program.id, today);
// Fresh planner statistics after the bulk inserts, as autovacuum would collect them on a running installation.
await db.execute(sql`analyze`);
const seedSeconds = Math.round(performance.now() - seedStarted) / 1000;

// (a) Obligations overview: loading the input from the database, and computing, for the whole cohort.
const loading: number[] = [];
const computing: number[] = [];
let tandems = computeObligations(await loadObligationInput(db, program.id, today));
for (let index = 0; index < runs.obligations.warmup + runs.obligations.measured; index++) {
  const t0 = performance.now();
  const input = await loadObligationInput(db, program.id, today);
  const t1 = performance.now();
  tandems = computeObligations(input);
  const t2 = performance.now();
  if (index >= runs.obligations.warmup) {
    loading.push(t1 - t0);
    computing.push(t2 - t1);
  }
}
const statusCount: Record<string, number> = {};
for (const tandem of tandems) statusCount[tandem.worst] = (statusCount[tandem.worst] ?? 0) + 1;

// (2) Seat selection for 1,000 applicants; generating them is not timed.
const selecting: number[] = [];
for (let index = 0; index < runs.selection.warmup + runs.selection.measured; index++) {
  const applicants = exampleApplicants(applicantCount, 1000 + index);
  const t0 = performance.now();
  selectApplicants(applicants, runs.selection.seats);
  if (index >= runs.selection.warmup) selecting.push(performance.now() - t0);
}

const admin = (await findUserByEmail(db, "admin@k360.example"))!;
const { token } = await createSession(db, admin.id, 1);

const app = await buildApp({ config, database, logger: false });
instrument(app);
await app.listen({ port: 0, host: "127.0.0.1" });

const address = app.server.address();
const port = typeof address === "object" && address ? address.port : 0;
const direct = {
  obligations: stats(loading.map((ms, i) => ms + computing[i])),
  obligationsLoad: stats(loading),
  obligationsCompute: stats(computing),
  selection: stats(selecting),
};
const info = {
  port,
  kind: database.kind,
  cookie: `${sessionCookie}=${token}`,
  leadershipFormatId,
  today,
  size,
  seedSeconds,
  direct,
  runs,
  tandems: tandems.length,
  worstStatus: statusCount,
};
process.stdout.write(`${JSON.stringify(info)}\n`);

const stop = async () => {
  await app.close();
  await database.close();
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
