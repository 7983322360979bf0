import type { Database } from "./db/client.ts";
import type { Progress } from "./platform/progress.ts";
import { hasMunicipalities, seedExamplePeople, seedReference } from "./modules/municipalities/seed.ts";
import { seedDemoAccounts, demoAccounts, demoPassword } from "./platform/auth/demo-accounts.ts";

export interface SetupResult {
  seeded: boolean;
  demoLogins: typeof demoAccounts;
}

/** Brings a database to the current schema and, on first start, loads reference data and (optionally) demo data. */
export async function prepareDatabase(database: Database, options: { demo: boolean; progress: Progress }): Promise<SetupResult> {
  await database.migrate();
  if (await hasMunicipalities(database.db)) return { seeded: false, demoLogins: [] };
  await seedReference(database.db, options.progress);
  if (!options.demo) return { seeded: true, demoLogins: [] };
  return { seeded: true, demoLogins: await seedDemo(database) };
}

export async function seedDemo(database: Database) {
  const created = await seedDemoAccounts(database.db);
  if (created.length > 0) await seedExamplePeople(database.db);
  return created;
}

export function describeDemoLogins(logins: typeof demoAccounts): string {
  if (logins.length === 0) return "";
  const lines = logins.map((a) => `  ${a.email.padEnd(28)} ${a.role}`);
  return `Demo-Konten (Passwort für alle: ${demoPassword}):\n${lines.join("\n")}\n`;
}
