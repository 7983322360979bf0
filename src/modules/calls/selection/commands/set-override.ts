import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { callApplications } from "../../tables.ts";
import type { Call } from "../../queries.ts";
import { loadSelection, lockCall } from "../queries.ts";
import type { OverrideInput } from "../schemas.ts";
import { messages, pageTexts } from "../texts.ts";

/**
 * Forces an application into or out of the cohort, or hands it back to the proposal. Taking one into a full
 * cohort needs the team to name the member who gives up the seat; that member heads the waiting list until undone.
 */
export async function setOverride(db: Db, call: Call, applicationId: number, input: OverrideInput): Promise<CommandResult> {
  return db.transaction(async (tx) => {
    if ((await lockCall(tx, call.id)) === "decided") return refused({ value: messages.alreadyDecided });
    const { byId, result } = await loadSelection(tx, call);
    if (!byId.has(applicationId)) return refusedForm(pageTexts.applicationNotFound);
    const inGroup = result.chosen.some((c) => c.id === applicationId);
    let replaced: number | null = null;
    if (input.value === "include" && !inGroup && result.chosen.length >= call.places) {
      const giver = result.chosen.find((c) => c.id === input.replaces && !c.forced);
      if (!giver) return refused({ replaces: messages.chooseReplaced });
      replaced = giver.id;
    }
    await tx.update(callApplications).set({ replacedBy: null }).where(eq(callApplications.replacedBy, applicationId));
    await tx
      .update(callApplications)
      .set({ override: input.value === "none" ? null : input.value, replacedBy: null, updatedAt: new Date() })
      .where(eq(callApplications.id, applicationId));
    if (replaced !== null) {
      await tx
        .update(callApplications)
        .set({ override: null, replacedBy: applicationId })
        .where(and(eq(callApplications.id, replaced), eq(callApplications.callId, call.id)));
    }
    return succeeded(null);
  });
}
