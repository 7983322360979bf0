import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../../platform/http/pages.ts";
import { forbidden } from "../../../../platform/errors.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { isOpen, policies } from "../policies.ts";
import { addComment } from "../commands/add-comment.ts";
import { decideProposal } from "../commands/decide-proposal.ts";
import { toggleSupport } from "../commands/toggle-support.ts";
import { commentBody, decisionBody, proposalParams } from "../schemas.ts";
import { closed, proposalOf, proposalsBase as base, requireParticipant, showProposal } from "./guards.ts";

/** What happens to an open proposal: the cohort supports and comments on it, the team decides. */
export async function responseRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { baseUrl } = app.deps.config;

  router.post(`${base}/:id/unterstuetzen`, { schema: { params: proposalParams } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    const proposal = await proposalOf(db, program.id, request.params.id);
    const outcome = await toggleSupport(db, proposal.id, user.id);
    if (!outcome.ok) throw closed();
    return redirectAfterPost(reply, `${base}/${proposal.id}?stand=${outcome.value === "added" ? "unterstuetzt" : "zurueckgezogen"}#unterstuetzung`);
  });

  router.post(`${base}/:id/kommentare`, { attachValidation: true, schema: { params: proposalParams, body: commentBody } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    const proposal = await proposalOf(db, program.id, request.params.id);
    if (!isOpen(proposal)) throw closed();
    const result = await unlessInvalid(formErrors(request), () => addComment(db, proposal.id, user, request.body));
    if (result.ok) return redirectAfterPost(reply, `${base}/${proposal.id}?stand=kommentiert#kommentare`);
    return showProposal(request, reply, db, proposal, { programId: program.id, state: { comment: { values: request.body, errors: result.errors } } });
  });

  router.post(`${base}/:id/entscheidung`, { attachValidation: true, schema: { params: proposalParams, body: decisionBody } }, async (request, reply) => {
    const { user, program } = await requireParticipant(request, db);
    if (!policies.decide(user)) throw forbidden();
    const proposal = await proposalOf(db, program.id, request.params.id);
    if (!isOpen(proposal)) throw closed();
    const result = await unlessInvalid(formErrors(request), () => decideProposal(db, baseUrl, program.id, proposal, request.body));
    if (result.ok) return redirectAfterPost(reply, `${base}/${proposal.id}?stand=entschieden`);
    if (result.errors.form) throw closed();
    return showProposal(request, reply, db, proposal, { programId: program.id, state: { decision: { values: request.body, errors: result.errors } } });
  });
}
