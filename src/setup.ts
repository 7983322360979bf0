import type { Database } from "./db/client.ts";
import type { Progress } from "./platform/progress.ts";
import { hasMunicipalities, seedExamplePeople, seedReference } from "./modules/municipalities/seed.ts";
import { seedDemoAccounts, demoAccounts, demoPassword } from "./platform/auth/demo-accounts.ts";
import { hasProgram, seedProgram } from "./modules/program/seed.ts";
import { currentProgram } from "./modules/program/queries.ts";
import { seedProgramDemo } from "./modules/program/demo.ts";
import { fellowIds } from "./modules/municipalities/queries.ts";
import { todayInGermany } from "./platform/dates.ts";
import { seedThesaurus } from "./platform/search/thesaurus.ts";
import { seedExchangeDemo } from "./modules/exchange/seed.ts";
import { seedPublishingDemo } from "./modules/publishing/demo.ts";
import { modules } from "./modules/index.ts";
import { clearIndex, indexedWith, markIndexed, analysisVersion } from "./platform/search/analysis.ts";

export interface SetupResult {
  seeded: boolean;
  demoLogins: typeof demoAccounts;
}

/** Brings a database to the current schema and, on first start, loads reference data and (optionally) demo data. */
export async function prepareDatabase(database: Database, options: { demo: boolean; progress: Progress }): Promise<SetupResult> {
  await database.migrate();
  const fresh = !(await hasMunicipalities(database.db));
  if (fresh) await seedReference(database.db, options.progress);
  // Installations from before the program module get the program on their next start.
  if (!(await hasProgram(database.db))) await seedProgram(database.db, await fellowIds(database.db));
  await buildSearchIndex(database.db, options.progress);
  if (!fresh || !options.demo) return { seeded: fresh, demoLogins: [] };
  return { seeded: true, demoLogins: await seedDemo(database) };
}

/** Demo accounts, example people, the example course of the Fellow program and the exchange's examples; only where they do not exist yet. */
export async function seedDemo(database: Database) {
  const { db } = database;
  const created = await seedDemoAccounts(db);
  if (created.length === 0) return created;
  await seedExamplePeople(db);
  if (!(await hasProgram(db))) await seedProgram(db, await fellowIds(db));
  const programId = (await currentProgram(db))!.id;
  await seedProgramDemo(db, programId, todayInGermany());
  await seedExchangeDemo(db, programId);
  await seedPublishingDemo(db);
  return created;
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
  const indexing = modules.filter((m) => m.indexAll);
  progress.start("Suchindex aufbauen", indexing.length);
  for (const m of indexing) {
    await m.indexAll!(db);
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
