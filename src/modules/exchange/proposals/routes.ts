import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formTexts, text } from "../../../platform/forms.ts";
import { AppError, forbidden, notFound } from "../../../platform/errors.ts";
import { policies } from "../policies.ts";
import { requireParticipant } from "./access.ts";
import { addComment, decideProposal, mergeTargets, proposeTopic, toggleSupport } from "./commands.ts";
import { commentsOf, findProposal, listProposals, supportOf, type Proposal } from "./queries.ts";
import { isOccasion, messages, notices } from "./texts.ts";
import { ProposalsPage } from "./views/list.tsx";
import { ProposalForm } from "./views/form.tsx";
import { ProposalPage, type FormState } from "./views/detail.tsx";
import { translateValidation } from "../../../platform/http/validation.ts";

const base = "/austausch/themenvorschlaege";
const idParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const field = (maxLength: number) => Type.String({ maxLength });
const extra = { additionalProperties: Type.String({ maxLength: 300 }) };
const proposalBody = Type.Object({ title: Type.String({ minLength: 5, maxLength: 120 }), description: Type.Optional(field(2000)), occasion: field(20) }, extra);
const commentBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: 2000 }) }, extra);
const decisionBody = Type.Object({ decision: field(20), reason: Type.Optional(field(2000)), mergeInto: Type.Optional(field(12)) }, extra);
const listQuery = Type.Object({ anlass: Type.Optional(field(20)), stand: Type.Optional(field(20)) });
const detailQuery = Type.Object({ stand: Type.Optional(field(20)) });
const closed = () => new AppError(409, "proposal_closed", messages.closed);

/** Topic proposals: the cohort and the team propose, support and discuss topics; the team decides. */
export async function proposalRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { mailer, config } = app.deps;

  /** The proposal of the URL's id, in the current program; a bad id is a proposal that does not exist. */
  async function proposalOf(programId: number, request: FastifyRequest): Promise<Proposal> {
    const id = Number((request.params as { id: unknown }).id);
    const proposal = Number.isInteger(id) && id > 0 && id <= 2_147_483_647 ? await findProposal(db, programId, id) : null;
    if (!proposal) throw notFound("Der Themenvorschlag");
    return proposal;
  }

  async function showProposal(request: FastifyRequest, reply: FastifyReply, programId: number, proposal: Proposal, state: FormState = {}, status = 200) {
    const user = request.user!;
    const isTeam = policies.isTeam(user);
    const [support, comments, targets, mergedInto] = await Promise.all([
      supportOf(db, proposal.id, user.id),
      commentsOf(db, proposal.id),
      isTeam && proposal.status === "open" ? mergeTargets(db, proposal, programId) : Promise.resolve([]),
      proposal.mergedIntoId ? findProposal(db, programId, proposal.mergedIntoId) : Promise.resolve(null),
    ]);
    const notice = notices[text((request.query as Record<string, unknown> | undefined)?.stand)];
    const props = { ctx: pageContext(request, reply, { forms: true }), proposal, support, comments, canDecide: isTeam, targets, mergedInto, notice, state };
    return sendPage(reply, ProposalPage(props), status);
  }

  router.get(base, { schema: { querystring: listQuery } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    const filter = isOccasion(request.query.anlass ?? "") ? (request.query.anlass as "ag" | "festival") : null;
    const all = await listProposals(db, program.id);
    const notice = notices[request.query.stand ?? ""];
    return sendPage(
      reply,
      ProposalsPage({
        ctx: pageContext(request, reply),
        proposals: all.filter((p) => !filter || p.occasion === filter),
        mine: all.filter((p) => p.proposerId === user.id),
        filter,
        notice,
      }),
    );
  });

  router.get(`${base}/neu`, async (request, reply) => {
    await requireParticipant(request, db);
    return sendPage(reply, ProposalForm({ ctx: pageContext(request, reply, { forms: true }), values: {}, errors: {} }));
  });

  router.post(`${base}/neu`, { attachValidation: true, schema: { body: proposalBody } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    const input = (request.body ?? {}) as Record<string, unknown>;
    const result = await proposeTopic(db, program.id, user, input, translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `${base}/${result.id}?stand=eingereicht`);
    return sendPage(reply, ProposalForm({ ctx: pageContext(request, reply, { forms: true }), values: formTexts(input), errors: result.errors }), 422);
  });

  router.get(`${base}/:id`, { schema: { params: idParams, querystring: detailQuery } }, async (request, reply) => {
    const { program } = await requireParticipant(request, db);
    return showProposal(request, reply, program.id, await proposalOf(program.id, request));
  });

  router.post(`${base}/:id/unterstuetzen`, { schema: { params: idParams } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    const proposal = await proposalOf(program.id, request);
    const outcome = await toggleSupport(db, proposal.id, user.id);
    if (outcome === "closed") throw closed();
    return redirectAfterPost(reply, `${base}/${proposal.id}?stand=${outcome === "added" ? "unterstuetzt" : "zurueckgezogen"}#unterstuetzung`);
  });

  router.post(`${base}/:id/kommentare`, { attachValidation: true, schema: { params: idParams, body: commentBody } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    const proposal = await proposalOf(program.id, request);
    if (proposal.status !== "open") throw closed();
    const input = (request.body ?? {}) as Record<string, unknown>;
    const result = await addComment(db, proposal.id, user, input, translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `${base}/${proposal.id}?stand=kommentiert#kommentare`);
    return showProposal(request, reply, program.id, proposal, { comment: { values: formTexts(input), errors: result.errors } }, 422);
  });

  router.post(`${base}/:id/entscheidung`, { attachValidation: true, schema: { params: idParams, body: decisionBody } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    if (!policies.isTeam(user)) throw forbidden();
    const proposal = await proposalOf(program.id, request);
    if (proposal.status !== "open") throw closed();
    const input = (request.body ?? {}) as Record<string, unknown>;
    const result = await decideProposal(db, mailer, config.baseUrl, program.id, proposal, input, translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, `${base}/${proposal.id}?stand=entschieden`);
    if ("closed" in result) throw closed();
    return showProposal(request, reply, program.id, proposal, { decision: { values: formTexts(input), errors: result.errors } }, 422);
  });
}
