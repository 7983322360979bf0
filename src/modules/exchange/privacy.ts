import { asc, sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { PersonalDataSource } from "../../platform/personal-data.ts";
import { practiceReports } from "./tables.ts";

const sameAddress = sql`lower(${practiceReports.contactEmail})`;

/** A practice report names a contact person; on erasure the report stays with its municipality, without name and address. */
export const reportContactData: PersonalDataSource = {
  label: "Ansprechperson in Praxisbeispielen",
  async find(db: Db, email: string) {
    const rows = await db
      .select({ id: practiceReports.id, title: practiceReports.title, name: practiceReports.contactName })
      .from(practiceReports)
      .where(sql`${sameAddress} = ${email}`)
      .orderBy(asc(practiceReports.id));
    return rows.map((row) => ({ Praxisbeispiel: row.title, Adresse: `/austausch/berichte/${row.id}`, Name: row.name }));
  },
  async erase(db: Db, email: string) {
    if (email === "") return 0;
    const cleared = await db
      .update(practiceReports)
      .set({ contactName: "", contactEmail: "" })
      .where(sql`${sameAddress} = ${email}`)
      .returning({ id: practiceReports.id });
    return cleared.length;
  },
};
