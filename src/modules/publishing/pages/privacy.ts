import { eq, sql } from "drizzle-orm";
import type { PersonalDataSource } from "../../../platform/personal-data.ts";
import { barrierReports } from "./tables.ts";

const byEmail = (email: string) => eq(sql`lower(${barrierReports.email})`, email);
const statusLabels: Record<string, string> = { open: "offen", done: "erledigt" };

/**
 * Barrier reports that name this address. Erasing deletes the whole report: the description is
 * the person's own free text and may say something about their disability (Art. 9 DSGVO).
 */
export const barrierReportData: PersonalDataSource = {
  label: "Meldungen von Barrieren",
  async find(db, email) {
    const rows = await db.select().from(barrierReports).where(byEmail(email)).orderBy(barrierReports.id);
    return rows.map((r) => ({
      Nummer: String(r.id),
      Eingang: r.createdAt.toISOString(),
      Seite: r.pageUrl,
      Beschreibung: r.description,
      Name: r.name,
      "E-Mail": r.email,
      Stand: statusLabels[r.status] ?? r.status,
    }));
  },
  async erase(db, email) {
    return (await db.delete(barrierReports).where(byEmail(email)).returning({ id: barrierReports.id })).length;
  },
};
