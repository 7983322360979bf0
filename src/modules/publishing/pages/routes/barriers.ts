import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import { listBarrierReports } from "../queries.ts";
import { reportBarrier } from "../commands/report-barrier.ts";
import { setBarrierStatus } from "../commands/set-barrier-status.ts";
import { safePagePath } from "../rules/page-path.ts";
import { barrierBody, barrierFormQuery, lineErrors, reportListQuery, reportParams, statusBody } from "../schemas.ts";
import { policies } from "../policies.ts";
import { messages, notices } from "../texts.ts";
import { BarrierFormPage, BarrierThanksPage } from "../views/barrier-form.tsx";
import { BarrierListPage } from "../views/barrier-list.tsx";

/** The team (admin, editor) reads the reports: 401 without a login, 403 for anyone else. */
function requireTeam(request: FastifyRequest) {
  if (!policies.seeBarrierReports(requireUser(request))) throw forbidden();
}

/** "Barriere melden": the readers' form, and the team's list of reports. */
export async function barrierRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  // A too long or odd ?seite= is not an error: the form simply starts empty.
  router.get("/barrierefreiheit/barriere-melden", { attachValidation: true, schema: { querystring: barrierFormQuery } }, async (request, reply) => {
    const page = request.validationError ? null : safePagePath(request.query.seite ?? "");
    return sendPage(reply, BarrierFormPage({ ctx: pageContext(request, reply, { forms: true }), values: { pageUrl: page ?? "" }, errors: {} }));
  });

  router.post(
    "/barrierefreiheit/barriere-melden",
    { config: { rateLimit: { max: 10, timeWindow: "10 minutes" } }, attachValidation: true, schema: { body: barrierBody } },
    async (request, reply) => {
      const errors = { ...lineErrors(request.body), ...formErrors(request) };
      const result = await unlessInvalid(errors, () => reportBarrier(db, request.body, config.baseUrl));
      if (!result.ok) {
        return sendPage(reply, BarrierFormPage({ ctx: pageContext(request, reply, { forms: true }), values: request.body ?? {}, errors: result.errors }), 422);
      }
      return redirectAfterPost(reply, "/barrierefreiheit/barriere-melden/danke");
    },
  );

  router.get("/barrierefreiheit/barriere-melden/danke", async (request, reply) => sendPage(reply, BarrierThanksPage({ ctx: pageContext(request, reply) })));

  router.get("/barrierefreiheit/meldungen", { schema: { querystring: reportListQuery } }, async (request, reply) => {
    requireTeam(request);
    const notice = notices[request.query.stand ?? ""];
    return sendPage(reply, BarrierListPage({ ctx: pageContext(request, reply, { forms: true }), reports: await listBarrierReports(db), notice }));
  });

  router.post("/barrierefreiheit/meldungen/:id/status", { schema: { params: reportParams, body: statusBody } }, async (request, reply) => {
    requireTeam(request);
    if (!(await setBarrierStatus(db, request.params.id, request.body.status)).ok) throw notFound(messages.notFound);
    return redirectAfterPost(reply, `/barrierefreiheit/meldungen?stand=${request.body.status}#meldung-${request.params.id}`);
  });
}
