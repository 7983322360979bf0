import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../../../db/client.ts";
import { users } from "../../../../platform/auth/tables.ts";
import { refused, refusedForm, succeeded, type CommandResult } from "../../../../platform/commands.ts";
import { enqueueMail } from "../../../../platform/mail/queue.ts";
import { proposalVotes, topicProposals } from "../../tables.ts";
import { mergeTargets, supporterIds, type Proposal } from "../queries.ts";
import { notify } from "../../../../platform/notifications/notify.ts";
import { proposalDecided } from "../../notifications.ts";
import type { DecisionInput } from "../schemas.ts";
import { decidedNotice, decisionMail, messages, type Decision } from "../texts.ts";

type Target = { id: number; title: string };

/**
 * Sets the decision on an open proposal and queues the proposer's mail; a merge moves its votes to the
 * open target, dropping those of people who already support it.
 */
async function record(db: Db, baseUrl: string, proposal: Proposal, status: Decision, reason: string, target: Target | null) {
  return db.transaction(async (tx) => {
    if (target) {
      // Lock the target first, so it cannot be decided while it receives the votes.
      const [open] = await tx
        .select({ id: topicProposals.id })
        .from(topicProposals)
        .where(and(eq(topicProposals.id, target.id), eq(topicProposals.status, "open")))
        .for("update");
      if (!open) return "targetClosed" as const;
    }
    const [row] = await tx
      .update(topicProposals)
      .set({ status, decisionReason: reason, mergedIntoId: target?.id ?? null, decidedAt: new Date() })
      .where(and(eq(topicProposals.id, proposal.id), eq(topicProposals.status, "open")))
      .returning({ id: topicProposals.id });
    if (!row) return "closed" as const;
    await notify(tx, proposalDecided, await supporterIds(tx, proposal.id), decidedNotice(proposal, status));
    const [proposer] =
      proposal.proposerId === null ? [] : await tx.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, proposal.proposerId));
    if (proposer) await enqueueMail(tx, { to: proposer.email, ...decisionMail(proposal, status, reason, target, proposer.name, baseUrl) });
    if (target) {
      await tx.execute(sql`
        insert into exchange_proposal_votes (proposal_id, user_id, created_at)
        select ${target.id}, user_id, created_at from exchange_proposal_votes where proposal_id = ${proposal.id}
        on conflict do nothing`);
      await tx.delete(proposalVotes).where(eq(proposalVotes.proposalId, proposal.id));
    }
    return "decided" as const;
  });
}

/**
 * The team accepts, declines or merges an open proposal; the proposer is told by mail. A decision
 * on a proposal that is no longer open is refused for the whole form (messages.closed).
 */
export async function decideProposal(db: Db, baseUrl: string, programId: number, proposal: Proposal, input: DecisionInput): Promise<CommandResult<number>> {
  const decision = input.decision;
  if (decision === "") return refused({ decision: messages.decision });
  const reason = input.reason ?? "";
  if ((decision === "declined" || decision === "merged") && !reason) return refused({ reason: messages.reason });
  const target = decision === "merged" ? ((await mergeTargets(db, proposal, programId)).find((open) => open.id === input.mergeInto) ?? null) : null;
  if (decision === "merged" && !target) return refused({ mergeInto: messages.mergeInto });
  const decided = await record(db, baseUrl, proposal, decision, reason, target);
  if (decided === "targetClosed") return refused({ mergeInto: messages.mergeInto });
  if (decided === "closed") return refusedForm(messages.closed);
  return succeeded(proposal.id);
}
