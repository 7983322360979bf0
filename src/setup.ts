import type { Database } from "./db/client.ts";
import type { Progress } from "./platform/progress.ts";
import { seedTeamAccounts, demoAccounts, demoPassword } from "./platform/auth/demo-accounts.ts";
import { seedThesaurus } from "./platform/search/thesaurus.ts";
import { modules } from "./modules/index.ts";
import { clearIndex, indexedWith, markIndexed, analysisVersion } from "./platform/search/analysis.ts";
import { silentProgress } from "./platform/progress.ts";

export interface SetupResult {
  /** This was the database's first start: it had no schema before. */
  seeded: boolean;
  demoLogins: typeof demoAccounts;
}

/**
 * Brings a database to the current schema, adds whatever reference data a module is missing
 * (all of it on the first start, a new module's on the first start after an update), builds the
 * search index where needed and, on the first start and if asked, loads the demo data.
 */
export async function prepareDatabase(database: Database, options: { demo: boolean; progress: Progress }): Promise<SetupResult> {
  const fresh = !(await database.hasSchema());
  await database.migrate();
  for (const module of modules) await module.seeds.reference?.(database.db, options.progress);
  await buildSearchIndex(database.db, options.progress);
  // Demo data only on the first start: an installation that began without it never gets it by accident.
  if (!fresh || !options.demo) return { seeded: fresh, demoLogins: [] };
  return { seeded: true, demoLogins: await seedDemo(database) };
}

/** Demo accounts and every module's demo data, in module order; only once (while the team's demo accounts do not exist). */
export async function seedDemo(database: Database): Promise<typeof demoAccounts> {
  const { db } = database;
  if ((await seedTeamAccounts(db)) === 0) return [];
  for (const module of modules) await module.seeds.demo?.(db, silentProgress);
  return demoAccounts;
}

/**
 * On the first start the team's starting thesaurus; whenever the index was built by another version
 * of the text analysis (or never), every module puts its documents in again.
 */
async function buildSearchIndex(db: Database["db"], progress: Progress): Promise<void> {
  const built = await indexedWith(db);
  if (built === null) await seedThesaurus(db);
  if (built === analysisVersion) return;
  await clearIndex(db);
  const sources = modules.flatMap((m) => m.search);
  progress.start("Suchindex aufbauen", sources.length);
  for (const source of sources) {
    await source.indexAll(db);
    progress.tick();
  }
  progress.done();
  await markIndexed(db);
}

export function describeDemoLogins(logins: typeof demoAccounts): string {
  if (logins.length === 0) return "";
  const lines = logins.map((a) => `  ${a.email.padEnd(28)} ${a.role}`);
  return `Demo-Konten (Passwort für alle: ${demoPassword}):\n${lines.join("\n")}\n`;
}
