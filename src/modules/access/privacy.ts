import { eq } from "drizzle-orm";
import type { PersonalDataSource } from "../../platform/personal-data.ts";
import { accessRequests } from "./tables.ts";
import { personalDataLabel } from "./requests/texts.ts";

const iso = (d: Date | null) => (d ? d.toISOString() : "");

/** The access requests made under an address (name, role, note, decision): erased as a whole. */
export const requestData: PersonalDataSource = {
  label: personalDataLabel,
  async find(db, email) {
    const rows = await db.select().from(accessRequests).where(eq(accessRequests.email, email));
    return rows.map((row) => ({
      Name: row.name,
      "E-Mail-Adresse": row.email,
      Rolle: row.role,
      Nachricht: row.note,
      Status: row.status,
      Begründung: row.reason,
      "Gestellt am": iso(row.createdAt),
      "Entschieden am": iso(row.decidedAt),
    }));
  },
  async erase(db, email) {
    if (email === "") return 0;
    return (await db.delete(accessRequests).where(eq(accessRequests.email, email)).returning({ id: accessRequests.id })).length;
  },
};
