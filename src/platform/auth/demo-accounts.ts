import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { municipalities } from "../../modules/municipalities/tables.ts";
import { addUser, findUserByEmail } from "./service.ts";
import type { Role } from "./roles.ts";

export const demoPassword = "K360-Demo-2026";

export const demoAccounts: { email: string; name: string; role: Role; ags?: string }[] = [
  { email: "admin@k360.example", name: "Alex Admin (Beispiel)", role: "admin" },
  { email: "redaktion@k360.example", name: "Rena Redaktion (Beispiel)", role: "editor" },
  { email: "leitung.bonn@k360.example", name: "Miriam Beispiel", role: "leader", ags: "05314" },
  { email: "planung.bonn@k360.example", name: "Jonas Muster", role: "planningSpecialist", ags: "05314" },
  { email: "team.leipzig@k360.example", name: "Lea Mitarbeit (Beispiel)", role: "staff", ags: "14713" },
];

/** Creates the demo accounts that do not exist yet and returns the ones it created. */
export async function seedDemoAccounts(db: Db): Promise<typeof demoAccounts> {
  const created: typeof demoAccounts = [];
  for (const account of demoAccounts) {
    if (await findUserByEmail(db, account.email)) continue;
    const [m] = account.ags ? await db.select({ id: municipalities.id }).from(municipalities).where(eq(municipalities.ags, account.ags)) : [];
    await addUser(db, { ...account, municipalityId: m?.id ?? null, password: demoPassword });
    created.push(account);
  }
  return created;
}
