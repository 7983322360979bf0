import { eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { PersonalDataSource } from "../../platform/personal-data.ts";
import { municipalities, people } from "./tables.ts";
import { tandemRoles, type TandemRole } from "./reference.ts";
import { personalDataLabels } from "./texts.ts";

/** Stored addresses are compared as the privacy page asks: in lower case. */
const sameAddress = (column: typeof people.email | typeof municipalities.youthOfficeEmail, email: string) => sql`lower(${column}) = ${email}`;

/** The people entered for a municipality (tandem members, contacts) under this address: erased as a whole. */
export const peopleData: PersonalDataSource = {
  label: personalDataLabels.people,
  async find(db: Db, email: string) {
    const rows = await db
      .select({ name: people.name, jobTitle: people.jobTitle, tandemRole: people.tandemRole, shown: people.showOnProfile, municipality: municipalities.name })
      .from(people)
      .innerJoin(municipalities, eq(municipalities.id, people.municipalityId))
      .where(sameAddress(people.email, email));
    return rows.map((row) => ({
      Name: row.name,
      Funktion: row.jobTitle,
      Kommune: row.municipality,
      "Rolle im Tandem": row.tandemRole ? (tandemRoles[row.tandemRole as TandemRole] ?? row.tandemRole) : "",
      "Auf dem Profil gezeigt": row.shown ? "ja" : "nein",
    }));
  },
  async erase(db: Db, email: string) {
    if (email === "") return 0;
    return (await db.delete(people).where(sameAddress(people.email, email)).returning({ id: people.id })).length;
  },
};

/** A Jugendamt's contact address that is a person's own: it is removed from the profile, the rest of the profile stays. */
export const youthOfficeData: PersonalDataSource = {
  label: personalDataLabels.youthOffice,
  async find(db: Db, email: string) {
    const rows = await db.select({ name: municipalities.name }).from(municipalities).where(sameAddress(municipalities.youthOfficeEmail, email));
    return rows.map((row) => ({ Kommune: row.name, "E-Mail-Adresse des Jugendamts": email }));
  },
  async erase(db: Db, email: string) {
    if (email === "") return 0;
    const cleared = await db
      .update(municipalities)
      .set({ youthOfficeEmail: "", updatedAt: new Date() })
      .where(sameAddress(municipalities.youthOfficeEmail, email))
      .returning({ id: municipalities.id });
    return cleared.length;
  },
};
