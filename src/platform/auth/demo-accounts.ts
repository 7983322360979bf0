import type { Db } from "../../db/client.ts";
import { addUser, findUserByEmail } from "./service.ts";
import type { Role } from "./roles.ts";

export const demoPassword = "K360-Demo-2026";

/** The demo accounts of the README. Accounts with an AGS belong to that municipality; its module creates them. */
export const demoAccounts: { email: string; name: string; role: Role; ags?: string }[] = [
  { email: "admin@k360.example", name: "Alex Admin (Beispiel)", role: "admin" },
  { email: "redaktion@k360.example", name: "Rena Redaktion (Beispiel)", role: "editor" },
  { email: "leitung.bonn@k360.example", name: "Miriam Beispiel", role: "leader", ags: "05314" },
  { email: "planung.bonn@k360.example", name: "Jonas Muster", role: "planningSpecialist", ags: "05314" },
  { email: "team.leipzig@k360.example", name: "Lea Mitarbeit (Beispiel)", role: "staff", ags: "14713" },
];

/** Creates the initiative's demo accounts that do not exist yet; the number created tells whether demo data is new. */
export async function seedTeamAccounts(db: Db): Promise<number> {
  let created = 0;
  for (const account of demoAccounts.filter((a) => !a.ags)) {
    if (await findUserByEmail(db, account.email)) continue;
    await addUser(db, { ...account, municipalityId: null, password: demoPassword });
    created++;
  }
  return created;
}
