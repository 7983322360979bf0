import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../../db/client.ts";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { AppError, notFound } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { isOpen, mayTakePart, policies } from "../policies.ts";
import { commentsOf, findProposal, mergeTargets, supportOf, type Proposal } from "../queries.ts";
import { messages, notices } from "../texts.ts";
import { ProposalPage, type FormState } from "../views/detail.tsx";
import { currentProgram } from "../../../program/index.ts";

export const proposalsBase = "/austausch/themenvorschlaege";

/** Supporting, commenting or deciding on a proposal that is no longer open. */
export const closed = () => new AppError(409, "proposal_closed", messages.closed);

/** Refused for not being in the cohort: says who the proposals are for and how a municipality gets there. */
const onlyForCohort = () => new AppError(403, "forbidden", messages.onlyForCohort);

/** Every page of the topic proposals: log in, belong to the cohort or the team, have a program. */
export async function requireParticipant(request: FastifyRequest, db: Db) {
  const user = requireUser(request);
  const program = await currentProgram(db);
  if (!program) throw policies.decide(user) ? notFound(messages.program) : onlyForCohort();
  if (!(await mayTakePart(db, user, program.id))) throw onlyForCohort();
  return { user, program };
}

/** The proposal of the URL's id, in the current program. */
export async function proposalOf(db: Db, programId: number, id: number): Promise<Proposal> {
  return (await findProposal(db, programId, id)) ?? Promise.reject(notFound(messages.proposal));
}

/** A proposal's page with its support, comments and, for the team, the decision; a form that came back answers 422. */
export async function showProposal(
  request: FastifyRequest,
  reply: FastifyReply,
  db: Db,
  proposal: Proposal,
  page: { programId: number; state?: FormState; stand?: string },
) {
  const user = requireUser(request);
  const canDecide = policies.decide(user);
  const state = page.state ?? {};
  const [support, comments, targets, mergedInto] = await Promise.all([
    supportOf(db, proposal.id, user.id),
    commentsOf(db, proposal.id),
    canDecide && isOpen(proposal) ? mergeTargets(db, proposal, page.programId) : Promise.resolve([]),
    proposal.mergedIntoId ? findProposal(db, page.programId, proposal.mergedIntoId) : Promise.resolve(null),
  ]);
  const notice = notices[page.stand ?? ""];
  const props = { ctx: pageContext(request, reply, { forms: true }), proposal, support, comments, canDecide, targets, mergedInto, notice, state };
  return sendPage(reply, ProposalPage(props), state.comment || state.decision ? 422 : 200);
}
