// The newsletter sender on its own, as `k360 serve` runs it (used by the queue test, which kills it):
// opens the database named by the environment, runs the newsletter's tasks, and on SIGTERM finishes
// the current mail, hands the rest of its batch back and exits.
import { loadConfig } from "../../../config.ts";
import { openDatabase } from "../../../db/client.ts";
import { buildApp } from "../../../app.ts";
import { startTasks } from "../../../platform/tasks.ts";
import { newsletterTasks } from "./tasks.ts";

const config = loadConfig();
const database = await openDatabase(config);
const app = await buildApp({ config, database, logger: false });
// Before ready(): startTasks adds an onClose hook, which Fastify refuses once the app has started.
startTasks(app, newsletterTasks);
await app.ready();
process.once("SIGTERM", async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
process.stdout.write("bereit\n");
