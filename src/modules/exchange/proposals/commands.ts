import { and, eq, ne, sql } from "drizzle-orm";
import type { Db } from "../../../db/client.ts";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { users } from "../../../platform/auth/tables.ts";
import { checkPlainText, hasErrors, text, type FieldErrors } from "../../../platform/forms.ts";
import type { Mailer } from "../../../platform/mail/mailer.ts";
import { policies } from "../policies.ts";
import { proposalComments, proposalVotes, topicProposals } from "../tables.ts";
import type { Proposal } from "./queries.ts";
import { decisionMail, isDecision, isOccasion, limits, messages, type Decision } from "./texts.ts";

export type Result = { ok: true; id: number } | { ok: false; errors: FieldErrors };

function checkLength(input: Record<string, unknown>, field: string, max: number, errors: FieldErrors) {
  if (text(input[field]).length > max && !errors[field]) errors[field] = messages.tooLong(max);
}

/** A member of a cohort municipality or the team proposes a topic; it is stored for the proposer's municipality. */
export async function proposeTopic(db: Db, programId: number, user: CurrentUser, input: Record<string, unknown>, errors: FieldErrors = {}): Promise<Result> {
  checkPlainText(input, ["title", "description"], errors);
  const title = text(input.title).trim();
  if ((title.length < limits.titleMin || title.length > limits.title) && !errors.title) errors.title = messages.title;
  checkLength(input, "description", limits.description, errors);
  const occasion = text(input.occasion);
  if (!isOccasion(occasion)) errors.occasion = messages.occasion;
  if (hasErrors(errors)) return { ok: false, errors };
  const [row] = await db
    .insert(topicProposals)
    .values({
      programId,
      occasion,
      title,
      description: text(input.description).trim(),
      proposerId: user.id,
      municipalityId: policies.isTeam(user) ? null : user.municipalityId,
    })
    .returning({ id: topicProposals.id });
  return { ok: true, id: row.id };
}

/** Adds the user's vote, or takes it back when there is one: one vote per person and proposal, open proposals only. */
export async function toggleSupport(db: Db, proposalId: number, userId: number): Promise<"added" | "removed" | "closed"> {
  return db.transaction(async (tx) => {
    // The lock keeps a vote from arriving while a merge moves the votes away.
    const [open] = await tx
      .select({ id: topicProposals.id })
      .from(topicProposals)
      .where(and(eq(topicProposals.id, proposalId), eq(topicProposals.status, "open")))
      .for("update");
    if (!open) return "closed";
    const removed = await tx
      .delete(proposalVotes)
      .where(and(eq(proposalVotes.proposalId, proposalId), eq(proposalVotes.userId, userId)))
      .returning({ userId: proposalVotes.userId });
    if (removed.length > 0) return "removed";
    await tx.insert(proposalVotes).values({ proposalId, userId }).onConflictDoNothing();
    return "added";
  });
}

export async function addComment(db: Db, proposalId: number, user: CurrentUser, input: Record<string, unknown>, errors: FieldErrors = {}): Promise<Result> {
  checkPlainText(input, ["body"], errors);
  const body = text(input.body).trim();
  if (!body && !errors.body) errors.body = messages.comment;
  checkLength(input, "body", limits.comment, errors);
  if (hasErrors(errors)) return { ok: false, errors };
  const [row] = await db.insert(proposalComments).values({ proposalId, authorId: user.id, authorName: user.name, body }).returning({ id: proposalComments.id });
  return { ok: true, id: row.id };
}

/** Open proposals of the same program and occasion that a proposal can be merged into. */
export async function mergeTargets(db: Db, item: Pick<Proposal, "id" | "occasion">, programId: number) {
  return db
    .select({ id: topicProposals.id, title: topicProposals.title })
    .from(topicProposals)
    .where(
      and(
        eq(topicProposals.programId, programId),
        eq(topicProposals.occasion, item.occasion),
        eq(topicProposals.status, "open"),
        ne(topicProposals.id, item.id),
      ),
    )
    .orderBy(topicProposals.title);
}

export type DecideResult = Result | { ok: false; closed: true };

/**
 * The team accepts, declines or merges an open proposal. A merge moves the votes to the target,
 * dropping those of people who already support it; the proposer is told by mail.
 */
export async function decideProposal(
  db: Db,
  mailer: Mailer,
  baseUrl: string,
  programId: number,
  proposal: Proposal,
  input: Record<string, unknown>,
  errors: FieldErrors = {},
): Promise<DecideResult> {
  checkPlainText(input, ["reason"], errors);
  const decision = text(input.decision);
  if (!isDecision(decision)) errors.decision = messages.decision;
  const reason = text(input.reason).trim();
  if ((decision === "declined" || decision === "merged") && !reason && !errors.reason) errors.reason = messages.reason;
  checkLength(input, "reason", limits.reason, errors);
  let target: { id: number; title: string } | null = null;
  if (decision === "merged") {
    target = (await mergeTargets(db, proposal, programId)).find((t) => String(t.id) === text(input.mergeInto)) ?? null;
    if (!target) errors.mergeInto = messages.mergeInto;
  }
  if (hasErrors(errors)) return { ok: false, errors };
  const status = decision as Decision;
  const decided = await db.transaction(async (tx) => {
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
    if (target) {
      await tx.execute(sql`
        insert into exchange_proposal_votes (proposal_id, user_id, created_at)
        select ${target.id}, user_id, created_at from exchange_proposal_votes where proposal_id = ${proposal.id}
        on conflict do nothing`);
      await tx.delete(proposalVotes).where(eq(proposalVotes.proposalId, proposal.id));
    }
    return "decided" as const;
  });
  if (decided === "targetClosed") return { ok: false, errors: { mergeInto: messages.mergeInto } };
  if (decided === "closed") return { ok: false, closed: true };
  if (proposal.proposerId !== null) {
    const [proposer] = await db.select({ email: users.email, name: users.name }).from(users).where(eq(users.id, proposal.proposerId));
    if (proposer) await mailer.send({ to: proposer.email, ...decisionMail(proposal, status, reason, target, proposer.name, baseUrl) });
  }
  return { ok: true, id: proposal.id };
}
