import { count } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import { barrierReports } from "./tables.ts";

/** Two example barrier reports for the team's list; nothing is added when reports exist. */
export async function seedPagesDemo(db: Db): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(barrierReports);
  if (existing.n > 0) return;
  await db.insert(barrierReports).values([
    {
      pageUrl: "/termine",
      description:
        "(Beispiel) Mit der Bildschirmlupe bei 400 % Vergrößerung rutscht die Spalte mit den Orten aus dem sichtbaren Bereich. Ich musste waagerecht scrollen, um zu sehen, wo ein Termin stattfindet.",
      name: "Beispiel-Leserin",
      email: "",
      status: "open",
    },
    {
      pageUrl: "/kommunen",
      description:
        "(Beispiel) Mein Screenreader hat nach dem Filtern nicht angesagt, wie viele Kommunen gefunden wurden. Erst beim Weiterlesen habe ich gemerkt, dass sich die Liste geändert hat.",
      name: "",
      email: "",
      status: "done",
    },
  ]);
}
