import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import type { Db } from "../../../../db/client.ts";
import { findCall, type Call } from "../../queries.ts";
import { loadSelection } from "../queries.ts";
import { setOverride } from "../commands/set-override.ts";
import { sendDecisions } from "../commands/send-decisions.ts";
import { applicationParams, callParams, overrideBody, selectionQuery, sendBody } from "../schemas.ts";
import { policies } from "../policies.ts";
import { messages, pageTexts } from "../texts.ts";
import { SelectionPage } from "../views/selection.tsx";

const deadlinePassed = (call: Call) => call.deadline.getTime() <= Date.now();

/** Renders the selection page as the call stands. */
function selectionPage(db: Db) {
  return async (request: FastifyRequest, reply: FastifyReply, call: Call, extra: { notice?: string; error?: string } = {}, status = 200) => {
    const state = deadlinePassed(call) ? await loadSelection(db, call) : null;
    return sendPage(reply, SelectionPage({ ctx: pageContext(request, reply), view: { call, state, ...extra } }), status);
  };
}

const notices: Record<string, string> = { gesetzt: messages.overrideSaved, versandt: messages.sentBefore };

/** The team's selection of a call: proposal with reasons, overrides, and the decision mails. Scores and names: team only. */
export async function selectionRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;
  const render = selectionPage(db);

  async function teamCall(request: FastifyRequest, id: number): Promise<Call> {
    const user = requireUser(request);
    if (!policies.selectApplications(user)) throw forbidden();
    return (await findCall(db, id)) ?? Promise.reject(notFound(pageTexts.notFound));
  }

  router.get("/team/ausschreibungen/:id/auswahl", { schema: { params: callParams, querystring: selectionQuery } }, async (request, reply) => {
    const call = await teamCall(request, request.params.id);
    const stand = request.query.stand ?? "";
    const notice = stand.startsWith("mails-") ? messages.sent(Number(stand.slice(6)) || 0) : notices[stand];
    return render(request, reply, call, { notice });
  });

  router.post(
    "/team/ausschreibungen/:id/auswahl/:applicationId",
    { attachValidation: true, schema: { params: applicationParams, body: overrideBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const call = await teamCall(request, request.params.id);
      if (!deadlinePassed(call)) return render(request, reply, call, { error: messages.notYet }, 409);
      if (errors.value) return render(request, reply, call, { error: messages.badOverride }, 422);
      if (errors.replaces) return render(request, reply, call, { error: messages.chooseReplaced }, 422);
      const { applicationId } = request.params;
      const result = await setOverride(db, call, applicationId, request.body);
      if (!result.ok && result.errors.form) throw notFound(pageTexts.applicationNotFound);
      if (!result.ok && result.errors.replaces) return render(request, reply, call, { error: result.errors.replaces }, 422);
      if (!result.ok) return render(request, reply, call, { error: messages.alreadyDecided }, 409);
      return redirectAfterPost(reply, `/team/ausschreibungen/${call.id}/auswahl?stand=gesetzt#bewerbung-${applicationId}`);
    },
  );

  router.post(
    "/team/ausschreibungen/:id/auswahl/versenden",
    { attachValidation: true, schema: { params: callParams, body: sendBody } },
    async (request, reply) => {
      const invalid = Object.keys(formErrors(request)).length > 0;
      const call = await teamCall(request, request.params.id);
      if (call.status === "decided") return redirectAfterPost(reply, `/team/ausschreibungen/${call.id}/auswahl?stand=versandt`);
      if (!deadlinePassed(call)) return render(request, reply, call, { error: messages.notYet }, 409);
      if (invalid || request.body.bestaetigt !== true) return render(request, reply, call, { error: messages.confirm }, 422);
      const result = await sendDecisions(db, call, config.baseUrl);
      if (!result.ok) return render(request, reply, call, { error: messages.notYet }, 409);
      const stand = result.value.again ? "versandt" : `mails-${result.value.mails}`;
      return redirectAfterPost(reply, `/team/ausschreibungen/${call.id}/auswahl?stand=${stand}`);
    },
  );
}
