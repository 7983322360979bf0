import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { proposeTopic } from "../commands/propose-topic.ts";
import { listProposals } from "../queries.ts";
import { detailQuery, listQuery, proposalBody, proposalParams } from "../schemas.ts";
import { isOccasion, notices } from "../texts.ts";
import { ProposalsPage } from "../views/list.tsx";
import { ProposalForm } from "../views/form.tsx";
import { proposalOf, proposalsBase as base, requireParticipant, showProposal } from "./guards.ts";

/** Topic proposals: the cohort and the team propose topics and read each other's. */
export async function proposalRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

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
    const proposal = await proposalOf(db, program.id, request.params.id);
    return showProposal(request, reply, db, proposal, { programId: program.id, stand: request.query.stand });
  });
}
