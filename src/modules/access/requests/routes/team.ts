import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import type { Db } from "../../../../db/client.ts";
import { formTexts, type FieldErrors } from "../../../../platform/forms.ts";
import { approveRequest, declineRequest } from "../commands/decide-request.ts";
import { findRequest, openRequests } from "../queries.ts";
import { declineBody, requestParams, teamQuery } from "../schemas.ts";
import { policies } from "../policies.ts";
import { notFoundText, notices } from "../texts.ts";
import { TeamListPage } from "../views/team-list.tsx";

const requireTeam = (request: FastifyRequest) => {
  if (!policies.decideRequests(requireUser(request))) throw forbidden();
};

/** A request that does not exist is not found; one already decided is answered by the command (409). */
async function requireRequest(db: Db, id: number) {
  if (!(await findRequest(db, id))) throw notFound(notFoundText);
}

/** The team's list of open access requests, approving and declining them. */
export async function teamRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { baseUrl } = app.deps.config;

  const listPage = async (request: FastifyRequest, reply: FastifyReply, notice: string | null, failed?: { id: number; errors: FieldErrors; reason: string }) =>
    TeamListPage({ ctx: pageContext(request, reply, { forms: true }), requests: await openRequests(db), notice, failed });

  router.get("/admin/zugangsanfragen", { schema: { querystring: teamQuery } }, async (request, reply) => {
    requireTeam(request);
    return sendPage(reply, await listPage(request, reply, Object.hasOwn(notices, request.query.stand ?? "") ? notices[request.query.stand!] : null));
  });

  router.post("/admin/zugangsanfragen/:id/freigeben", { schema: { params: requestParams } }, async (request, reply) => {
    requireTeam(request);
    await requireRequest(db, request.params.id);
    const result = await approveRequest(db, baseUrl, request.params.id);
    if (result.ok) return redirectAfterPost(reply, "/admin/zugangsanfragen?stand=freigegeben");
    return sendPage(reply, await listPage(request, reply, null, { id: request.params.id, errors: result.errors, reason: "" }), 409);
  });

  router.post(
    "/admin/zugangsanfragen/:id/ablehnen",
    { attachValidation: true, schema: { params: requestParams, body: declineBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      requireTeam(request);
      await requireRequest(db, request.params.id);
      const result = await unlessInvalid(errors, () => declineRequest(db, request.params.id, request.body.reason));
      if (result.ok) return redirectAfterPost(reply, "/admin/zugangsanfragen?stand=abgelehnt");
      const reason = formTexts(request.body).reason ?? "";
      return sendPage(reply, await listPage(request, reply, null, { id: request.params.id, errors: result.errors, reason }), result.errors.form ? 409 : 422);
    },
  );
}
