import { and, count, eq, gt } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { PersonalDataSource } from "../../../platform/personal-data.ts";
import { findUserByEmail } from "../../../platform/auth/service.ts";
import { sessions } from "../../../platform/auth/tables.ts";
import { isRole, roleLabels } from "../../../platform/auth/roles.ts";
import { findMunicipalityById } from "../../municipalities/index.ts";
import { accountKept, accountLabel } from "./texts.ts";

/** What one source holds about the address; `kept` says why it is not erased here. */
export interface DataGroup {
  label: string;
  records: Record<string, string>[];
  kept?: string;
}

/** The account under this address, shown and exported but never erased by the privacy page. */
async function findAccount(db: Db, email: string): Promise<DataGroup> {
  const user = await findUserByEmail(db, email);
  if (!user) return { label: accountLabel, records: [], kept: accountKept };
  const [place, [active]] = await Promise.all([
    user.municipalityId ? findMunicipalityById(db, user.municipalityId) : null,
    db
      .select({ n: count() })
      .from(sessions)
      .where(and(eq(sessions.userId, user.id), gt(sessions.expiresAt, new Date()))),
  ]);
  const record = {
    Name: user.name,
    "E-Mail": user.email,
    Rolle: isRole(user.role) ? roleLabels[user.role] : user.role,
    Kommune: place?.name ?? "",
    "Eingerichtet am": user.createdAt.toISOString(),
    "Passwort gesetzt": user.passwordHash ? "ja (nur als Prüfwert gespeichert)" : "nein",
    "Aktive Anmeldungen": String(active.n),
  };
  return { label: accountLabel, records: [record], kept: accountKept };
}

/** Everything the platform holds about one (lowercase) address: the account first, then each module's sources. */
export async function collectPersonalData(db: Db, sources: PersonalDataSource[], email: string): Promise<DataGroup[]> {
  const groups = await Promise.all(sources.map(async (s) => ({ label: s.label, records: await s.find(db, email) })));
  return [await findAccount(db, email), ...groups];
}
