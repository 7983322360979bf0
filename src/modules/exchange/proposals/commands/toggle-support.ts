import { and, eq } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { proposalVotes, topicProposals } from "../../tables.ts";
import { messages } from "../texts.ts";

/** Adds the user's vote, or takes it back when there is one: one vote per person and proposal, open proposals only. */
export async function toggleSupport(db: Db, proposalId: number, userId: number): Promise<CommandResult<"added" | "removed">> {
  return db.transaction(async (tx) => {
    // The lock keeps a vote from arriving while a merge moves the votes away.
    const [open] = await tx
      .select({ id: topicProposals.id })
      .from(topicProposals)
      .where(and(eq(topicProposals.id, proposalId), eq(topicProposals.status, "open")))
      .for("update");
    if (!open) return refusedForm(messages.closed);
    const removed = await tx
      .delete(proposalVotes)
      .where(and(eq(proposalVotes.proposalId, proposalId), eq(proposalVotes.userId, userId)))
      .returning({ userId: proposalVotes.userId });
    if (removed.length > 0) return succeeded("removed" as const);
    await tx.insert(proposalVotes).values({ proposalId, userId }).onConflictDoNothing();
    return succeeded("added" as const);
  });
}
