import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { berlinInstant } from "../../../../platform/dates.ts";
import { newToken } from "../../../../platform/auth/tokens.ts";
import type { ImportRow, RowProblem } from "../rules/subscriber-import.ts";
import { subscribers } from "../tables.ts";
import { importedConsentText, importMessages } from "../texts.ts";

export interface ImportResult {
  added: number;
  confirmed: number;
  unchanged: number;
  problems: RowProblem[];
}

/**
 * Imports checked rows, each with its proof of consent, in one transaction: a new address is
 * added as confirmed, a pending one is confirmed, a confirmed one stays as it is. An address that
 * unsubscribed after (or on the day of) the proven consent is refused: only its owner may undo that.
 */
export async function importSubscribers(db: Db, rows: ImportRow[], now = new Date()): Promise<CommandResult<ImportResult>> {
  return db.transaction(async (tx) => {
    const result: ImportResult = { added: 0, confirmed: 0, unchanged: 0, problems: [] };
    if (rows.length === 0) return succeeded(result);
    const known = new Map(
      (
        await tx
          .select()
          .from(subscribers)
          .where(
            inArray(
              subscribers.email,
              rows.map((row) => row.email),
            ),
          )
      ).map((subscriber) => [subscriber.email, subscriber]),
    );
    const added = [];
    for (const row of rows) {
      const existing = known.get(row.email);
      const proof = { status: "confirmed", consentText: importedConsentText, consentAt: berlinInstant(row.consentOn, "00:00"), consentSource: row.source };
      if (!existing) {
        added.push({ email: row.email, unsubscribeToken: newToken(), confirmedAt: now, ...proof });
      } else if (existing.status === "confirmed") result.unchanged++;
      else if (existing.unsubscribedAt && existing.unsubscribedAt >= proof.consentAt) {
        result.problems.push({ line: row.line, email: row.email, message: importMessages.unsubscribed });
      } else {
        await tx
          .update(subscribers)
          .set({ ...proof, confirmedAt: now, confirmTokenHash: null, unsubscribedAt: null })
          .where(eq(subscribers.id, existing.id));
        result.confirmed++;
      }
    }
    for (let start = 0; start < added.length; start += 500) await tx.insert(subscribers).values(added.slice(start, start + 500));
    result.added = added.length;
    return succeeded(result);
  });
}
