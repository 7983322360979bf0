import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { PersonalDataSource } from "../../../platform/personal-data.ts";
import { authors } from "./tables.ts";

/**
 * Magazin authors under an e-mail address (kept only for notices about comments). Erasing removes
 * the address; the name, role and biography stay as the byline of published articles, which the
 * editors change or remove by hand.
 */
export const authorPersonalData: PersonalDataSource = {
  label: "Autor:in im Magazin",
  async find(db: Db, email: string) {
    if (email === "") return [];
    const rows = await db.select().from(authors).where(eq(authors.email, email));
    return rows.map((a) => ({ Name: a.name, Rolle: a.role, Kurzbiografie: a.bio, "E-Mail-Adresse": a.email, Seite: `/magazin/autorinnen/${a.slug}` }));
  },
  async erase(db: Db, email: string) {
    if (email === "") return 0;
    return (await db.update(authors).set({ email: "" }).where(eq(authors.email, email)).returning({ id: authors.id })).length;
  },
};
