import type { Database } from "./db/client.ts";
import type { Progress } from "./platform/progress.ts";
import { hasMunicipalities, seedExamplePeople, seedReference } from "./modules/municipalities/seed.ts";
import { seedDemoAccounts, demoAccounts, demoPassword } from "./platform/auth/demo-accounts.ts";
import { hasProgram, seedProgram } from "./modules/program/seed.ts";
import { currentProgram } from "./modules/program/queries.ts";
import { seedProgramDemo } from "./modules/program/demo.ts";
import { fellowIds } from "./modules/municipalities/queries.ts";
import { todayInGermany } from "./modules/program/dates.ts";
import { seedThesaurus } from "./platform/search/thesaurus.ts";
import { indexAllMunicipalities, needsIndexing } from "./modules/municipalities/search.ts";

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
  // First start, or the first start after the search came: the starting thesaurus and the index of profiles and projects.
  if (await needsIndexing(database.db)) {
    await seedThesaurus(database.db);
    await indexAllMunicipalities(database.db);
  }
  if (!fresh || !options.demo) return { seeded: fresh, demoLogins: [] };
  return { seeded: true, demoLogins: await seedDemo(database) };
}

/** Demo accounts, example people and the example course of the Fellow program; only where they do not exist yet. */
export async function seedDemo(database: Database) {
  const { db } = database;
  const created = await seedDemoAccounts(db);
  if (created.length === 0) return created;
  await seedExamplePeople(db);
  if (!(await hasProgram(db))) await seedProgram(db, await fellowIds(db));
  await seedProgramDemo(db, (await currentProgram(db))!.id, todayInGermany());
  return created;
}

export function describeDemoLogins(logins: typeof demoAccounts): string {
  if (logins.length === 0) return "";
  const lines = logins.map((a) => `  ${a.email.padEnd(28)} ${a.role}`);
  return `Demo-Konten (Passwort für alle: ${demoPassword}):\n${lines.join("\n")}\n`;
}
