import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { applications } from "../../tables.ts";
import { listApplications, type ApplicationFormat } from "../queries.ts";
import { proposeDecisions } from "../rules/decisions.ts";
import type { OverrideInput } from "../schemas.ts";
import { formTexts, messages } from "../texts.ts";

/**
 * Forces an application into or out of the group, or hands it back to the computed proposal. Taking
 * someone into a full group needs the team to name the member who gives up the seat; that member
 * heads the waiting list until the include is undone.
 */
export async function setOverride(db: Db, format: ApplicationFormat, applicationId: number, input: OverrideInput): Promise<CommandResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select id from program_formats where id = ${format.id} for update`);
    const rows = await listApplications(tx, format.id);
    const row = rows.find((r) => r.id === applicationId);
    if (!row) return refusedForm(formTexts.applicationNotFound);
    if (row.notifiedAt) return refused({ value: messages.alreadySent });
    const { selection } = proposeDecisions(rows, format.freeSeats);
    const inGroup = selection.chosen.some((c) => c.id === row.id);
    let replaced: number | null = null;
    if (input.value === "include" && !inGroup && selection.chosen.length >= format.freeSeats) {
      const candidate = selection.chosen.find((c) => c.id === input.replaces && !c.forced);
      if (!candidate || rows.find((r) => r.id === candidate.id)?.notifiedAt) return refused({ replaces: messages.chooseReplaced });
      replaced = candidate.id;
    }
    await tx.update(applications).set({ replacedBy: null }).where(eq(applications.replacedBy, row.id));
    await tx
      .update(applications)
      .set({ override: input.value === "none" ? null : input.value, replacedBy: null })
      .where(eq(applications.id, row.id));
    if (replaced !== null) {
      await tx
        .update(applications)
        .set({ override: null, replacedBy: row.id })
        .where(and(eq(applications.id, replaced), eq(applications.formatId, format.id)));
    }
    return succeeded(null);
  });
}
