import type { Db } from "../db/client.ts";

/** One kind of record about a person that a module keeps under an e-mail address. */
export interface PersonalDataSource {
  /** What the records are, in German: "Newsletter-Abonnement", "Kommentare", … */
  label: string;
  /** Every record held under this address (lowercase), as plain fields for the export. */
  find(db: Db, email: string): Promise<Record<string, string>[]>;
  /** Deletes (or, where others' data depends on it, anonymises) every record; returns how many. */
  erase(db: Db, email: string): Promise<number>;
}
