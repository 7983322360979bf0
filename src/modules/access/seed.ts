import { sql } from "drizzle-orm";
import type { Db } from "../../db/client.ts";
import type { Progress } from "../../platform/progress.ts";
import { findMunicipality } from "../municipalities/index.ts";
import { accessRequests } from "./tables.ts";

/** One access request waiting for the team, so that the demo's list is not empty; added only to a database without requests. */
export async function seedAccessDemo(db: Db, progress: Progress): Promise<void> {
  const [{ requests }] = await db.select({ requests: sql<number>`count(*)::int` }).from(accessRequests);
  const place = await findMunicipality(db, "05966");
  if (requests > 0 || !place) return;
  progress.start("Zugangsanfragen (Beispiel)", 1);
  await db.insert(accessRequests).values({
    name: "Clara Anfrage (Beispiel)",
    email: "clara.anfrage@mailbox.example",
    role: "staff",
    municipalityId: place.id,
    note: "Ich arbeite in der Jugendhilfeplanung und habe noch keine dienstliche Adresse bei der Kreisverwaltung.",
    status: "open",
  });
  progress.done();
}
