import { and, eq, isNull, or } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { saveEvent, type EventInput } from "../../../program/index.ts";
import { topicProposals } from "../../tables.ts";
import { scheduleTexts } from "../texts.ts";

/**
 * Makes a date of an accepted proposal: the program's event is created and the proposal, now
 * scheduled, links to it – both or neither. A proposal that is not accepted (or already has its date)
 * gets none.
 */
export async function scheduleProposal(db: Db, programId: number, proposalId: number, input: EventInput): Promise<CommandResult<number>> {
  return db.transaction(async (tx) => {
    const [proposal] = await tx
      .select({ id: topicProposals.id })
      .from(topicProposals)
      .where(
        and(
          eq(topicProposals.id, proposalId),
          or(eq(topicProposals.status, "accepted"), and(eq(topicProposals.status, "scheduled"), isNull(topicProposals.eventId))),
        ),
      )
      .for("update");
    if (!proposal) return refusedForm<number>(scheduleTexts.notAccepted);
    const saved = await saveEvent(tx, programId, null, input);
    if (!saved.ok) return saved;
    await tx.update(topicProposals).set({ status: "scheduled", eventId: saved.value }).where(eq(topicProposals.id, proposal.id));
    return succeeded(saved.value);
  });
}
