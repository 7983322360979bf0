import type { Db } from "../../../../db/client.ts";
import type { PersonalDataSource } from "../../../../platform/personal-data.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";

export interface Erased {
  label: string;
  count: number;
}

/** Erases the address from every source in one transaction: all of it, or nothing if a source fails. */
export async function erasePersonalData(db: Db, sources: PersonalDataSource[], email: string): Promise<CommandResult<Erased[]>> {
  return db.transaction(async (tx) => {
    const erased: Erased[] = [];
    for (const source of sources) erased.push({ label: source.label, count: await source.erase(tx, email) });
    return succeeded(erased);
  });
}
