import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { AppError, forbidden, notFound } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import type { Db } from "../../../../db/client.ts";
import { isOpen, mayTakePart, policies } from "../policies.ts";
import { addComment } from "../commands/add-comment.ts";
import { decideProposal } from "../commands/decide-proposal.ts";
import { proposeTopic } from "../commands/propose-topic.ts";
import { toggleSupport } from "../commands/toggle-support.ts";
import { commentsOf, findProposal, listProposals, mergeTargets, supportOf, type Proposal } from "../queries.ts";
import { commentBody, decisionBody, detailQuery, listQuery, proposalBody, proposalParams } from "../schemas.ts";
import { isOccasion, messages, notices } from "../texts.ts";
import { ProposalsPage } from "../views/list.tsx";
import { ProposalForm } from "../views/form.tsx";
import { ProposalPage, type FormState } from "../views/detail.tsx";
import { currentProgram } from "../../../program/index.ts";

const base = "/austausch/themenvorschlaege";
const closed = () => new AppError(409, "proposal_closed", messages.closed);

/** Every page of the topic proposals: log in, belong to the cohort or the team, have a program. */
async function requireParticipant(request: FastifyRequest, db: Db) {
  const user = requireUser(request);
  const program = await currentProgram(db);
  if (!program) throw policies.decide(user) ? notFound(messages.program) : forbidden();
  if (!(await mayTakePart(db, user, program.id))) throw forbidden();
  return { user, program };
}

/** Topic proposals: the cohort and the team propose, support and discuss topics; the team decides. */
export async function proposalRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const mailing = { mailer: app.deps.mailer, baseUrl: app.deps.config.baseUrl };

  /** The proposal of the URL's id, in the current program. */
  async function proposalOf(programId: number, id: number): Promise<Proposal> {
    return (await findProposal(db, programId, id)) ?? Promise.reject(notFound(messages.proposal));
  }

  async function showProposal(request: FastifyRequest, reply: FastifyReply, programId: number, proposal: Proposal, state: FormState = {}, stand = "") {
    const user = requireUser(request);
    const canDecide = policies.decide(user);
    const [support, comments, targets, mergedInto] = await Promise.all([
      supportOf(db, proposal.id, user.id),
      commentsOf(db, proposal.id),
      canDecide && isOpen(proposal) ? mergeTargets(db, proposal, programId) : Promise.resolve([]),
      proposal.mergedIntoId ? findProposal(db, programId, proposal.mergedIntoId) : Promise.resolve(null),
    ]);
    const props = {
      ctx: pageContext(request, reply, { forms: true }),
      proposal,
      support,
      comments,
      canDecide,
      targets,
      mergedInto,
      notice: notices[stand],
      state,
    };
    return sendPage(reply, ProposalPage(props), state.comment || state.decision ? 422 : 200);
  }

  router.get(base, { schema: { querystring: listQuery } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    const anlass = request.query.anlass ?? "";
    const filter = isOccasion(anlass) ? anlass : null;
    const all = await listProposals(db, program.id);
    const proposals = all.filter((proposal) => !filter || proposal.occasion === filter);
    const mine = all.filter((proposal) => proposal.proposerId === user.id);
    const notice = notices[request.query.stand ?? ""];
    return sendPage(reply, ProposalsPage({ ctx: pageContext(request, reply), proposals, mine, filter, notice }));
  });

  router.get(`${base}/neu`, async (request, reply) => {
    await requireParticipant(request, db);
    return sendPage(reply, ProposalForm({ ctx: pageContext(request, reply, { forms: true }), values: {}, errors: {} }));
  });

  router.post(`${base}/neu`, { attachValidation: true, schema: { body: proposalBody } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    const result = await unlessInvalid(formErrors(request), () => proposeTopic(db, program.id, user, request.body));
    if (result.ok) return redirectAfterPost(reply, `${base}/${result.value}?stand=eingereicht`);
    return sendPage(reply, ProposalForm({ ctx: pageContext(request, reply, { forms: true }), values: request.body, errors: result.errors }), 422);
  });

  router.get(`${base}/:id`, { schema: { params: proposalParams, querystring: detailQuery } }, async (request, reply) => {
    const { program } = await requireParticipant(request, db);
    return showProposal(request, reply, program.id, await proposalOf(program.id, request.params.id), {}, request.query.stand);
  });

  router.post(`${base}/:id/unterstuetzen`, { schema: { params: proposalParams } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    const proposal = await proposalOf(program.id, request.params.id);
    const outcome = await toggleSupport(db, proposal.id, user.id);
    if (!outcome.ok) throw closed();
    return redirectAfterPost(reply, `${base}/${proposal.id}?stand=${outcome.value === "added" ? "unterstuetzt" : "zurueckgezogen"}#unterstuetzung`);
  });

  router.post(`${base}/:id/kommentare`, { attachValidation: true, schema: { params: proposalParams, body: commentBody } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    const proposal = await proposalOf(program.id, request.params.id);
    if (!isOpen(proposal)) throw closed();
    const result = await unlessInvalid(formErrors(request), () => addComment(db, proposal.id, user, request.body));
    if (result.ok) return redirectAfterPost(reply, `${base}/${proposal.id}?stand=kommentiert#kommentare`);
    return showProposal(request, reply, program.id, proposal, { comment: { values: request.body, errors: result.errors } });
  });

  router.post(`${base}/:id/entscheidung`, { attachValidation: true, schema: { params: proposalParams, body: decisionBody } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    if (!policies.decide(user)) throw forbidden();
    const proposal = await proposalOf(program.id, request.params.id);
    if (!isOpen(proposal)) throw closed();
    const result = await unlessInvalid(formErrors(request), () => decideProposal(db, mailing, program.id, proposal, request.body));
    if (result.ok) return redirectAfterPost(reply, `${base}/${proposal.id}?stand=entschieden`);
    if (result.errors.form) throw closed();
    return showProposal(request, reply, program.id, proposal, { decision: { values: request.body, errors: result.errors } });
  });
}
