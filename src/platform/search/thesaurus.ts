import { asc, eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Thesaurus } from "./query.ts";
import { searchSynonyms } from "./tables.ts";

/** The domain's usual equivalents; the team edits them on /austausch/thesaurus. */
export const startingThesaurus: string[][] = [
  ["KJSG", "Kinder- und Jugendstärkungsgesetz"],
  ["HzE", "Hilfen zur Erziehung", "erzieherische Hilfen"],
  ["JHA", "Jugendhilfeausschuss"],
  ["Sozialraum", "Planungsraum", "Quartier"],
  ["SGB VIII", "Kinder- und Jugendhilferecht"],
  ["Kita", "Kindertagesstätte", "Kindertageseinrichtung"],
  ["ASD", "Allgemeiner Sozialer Dienst"],
  ["JHP", "Jugendhilfeplanung"],
  ["OKJA", "Offene Kinder- und Jugendarbeit"],
  ["Verfahrenslotse", "Verfahrenslotsin"],
];

export interface SynonymGroup {
  id: number;
  expressions: string[];
}

export async function listSynonyms(db: Db): Promise<SynonymGroup[]> {
  return db.select({ id: searchSynonyms.id, expressions: searchSynonyms.expressions }).from(searchSynonyms).orderBy(asc(searchSynonyms.id));
}

/** Read for every search, so a change by the team counts at once on every process. */
export async function loadThesaurus(db: Db): Promise<Thesaurus> {
  return (await listSynonyms(db)).map((g) => g.expressions);
}

export async function saveSynonyms(db: Db, id: number | null, expressions: string[]): Promise<void> {
  if (id === null) await db.insert(searchSynonyms).values({ expressions });
  else await db.update(searchSynonyms).set({ expressions, updatedAt: new Date() }).where(eq(searchSynonyms.id, id));
}

export async function deleteSynonyms(db: Db, id: number): Promise<boolean> {
  return (await db.delete(searchSynonyms).where(eq(searchSynonyms.id, id)).returning({ id: searchSynonyms.id })).length > 0;
}

export async function seedThesaurus(db: Db): Promise<void> {
  if ((await listSynonyms(db)).length > 0) return;
  await db.insert(searchSynonyms).values(startingThesaurus.map((expressions) => ({ expressions })));
}
