import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import { indexText } from "./german.ts";
import { BOUND_FORMS, LEXICON } from "./lexicon.ts";
import { STOPWORDS } from "./stopwords.ts";
import { searchDocuments, searchState, searchTerms } from "./tables.ts";

// A text that exercises stemming, umlauts, compounds and truncations: when the analysis of it or the
// word lists change, the stored terms no longer match what queries produce and the index is rebuilt.
const probe =
  "Die Jugendämter und Jugendaemter planen Kinder- und Jugendhilfe, Straßensozialarbeit, Beteiligungsformate, " +
  "Schulentwicklungsplanung, Armutslagen und Hilfen zur Erziehung (HzE) für Lehrerinnen, Kitas und Familien.";

/** How documents are stored in the index (vectors without positions, a separate title vector). */
const storage = 2;

/** Fingerprint of the text analysis and the storage: its word lists and what it makes of the probe. */
export const analysisVersion = createHash("sha256")
  .update([storage, LEXICON.join(" "), BOUND_FORMS.join(" "), STOPWORDS.join(" "), indexText(probe)].join("\n"))
  .digest("hex")
  .slice(0, 16);

const key = "analysis";

/** The analysis version the index was built with; null when the index was never built. */
export async function indexedWith(db: Db): Promise<string | null> {
  const [row] = await db.select().from(searchState).where(eq(searchState.key, key));
  return row?.value ?? null;
}

/** Empties the index before every module puts its documents in again. */
export async function clearIndex(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.delete(searchDocuments);
    await tx.delete(searchTerms);
  });
}

export async function markIndexed(db: Db): Promise<void> {
  await db
    .insert(searchState)
    .values({ key, value: analysisVersion })
    .onConflictDoUpdate({ target: searchState.key, set: { value: analysisVersion } });
}
