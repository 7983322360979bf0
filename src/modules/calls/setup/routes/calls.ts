import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../../db/client.ts";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { findCall, type Call } from "../../queries.ts";
import { defaultCriteria, defaultQuestions } from "../../reference.ts";
import { countApplications, hasReviews, listCallsForTeam } from "../queries.ts";
import { readCallForm } from "../rules/call-form.ts";
import { saveCall } from "../commands/save-call.ts";
import { publishCall, withdrawCall } from "../commands/set-call-status.ts";
import { callBody, callParams, stateQuery } from "../schemas.ts";
import { policies } from "../policies.ts";
import { noticeFor, notFoundText } from "../texts.ts";
import { TeamCallsPage } from "../views/team-list.tsx";
import { CallPage, NewCallPage } from "../views/call-page.tsx";
import { callValues } from "../views/call-form.tsx";
import { publicCallRoutes } from "./public.ts";

const newCallValues = callValues({ criteria: defaultCriteria, questions: defaultQuestions, scaleMax: 5, retentionMonths: 12 });

function requireTeam(request: FastifyRequest) {
  if (!policies.manageCalls(requireUser(request))) throw forbidden();
}

async function teamCall(db: Db, request: FastifyRequest, id: number): Promise<Call> {
  requireTeam(request);
  return (await findCall(db, id)) ?? Promise.reject(notFound(notFoundText));
}

type CallForm = { values?: FormValues; errors?: FieldErrors; notice?: string };

/** Renders the team's page of a call: as stored, or with the form as sent and its messages. */
async function renderCall(db: Db, request: FastifyRequest, reply: FastifyReply, call: Call, form: CallForm, status = 200) {
  const canWithdraw = call.status === "open" && (await countApplications(db, call.id)) === 0;
  const view = { values: form.values ?? callValues(call), errors: form.errors ?? {}, locked: await hasReviews(db, call.id), canWithdraw, notice: form.notice };
  return sendPage(reply, CallPage({ ctx: pageContext(request, reply, { forms: true }), call, view }), status);
}

/** The team's pages to set up calls, and the public pages (routes/public.ts). */
export async function setupRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/team/ausschreibungen", { schema: { querystring: stateQuery } }, async (request, reply) => {
    requireTeam(request);
    const notice = noticeFor(request.query.stand);
    return sendPage(reply, TeamCallsPage({ ctx: pageContext(request, reply), rows: await listCallsForTeam(db), notice }));
  });

  router.get("/team/ausschreibungen/neu", async (request, reply) => {
    requireTeam(request);
    return sendPage(reply, NewCallPage({ ctx: pageContext(request, reply, { forms: true }), values: newCallValues, errors: {} }));
  });

  router.post("/team/ausschreibungen/neu", { attachValidation: true, schema: { body: callBody } }, async (request, reply) => {
    const invalid = formErrors(request);
    requireTeam(request);
    const form = readCallForm(request.body, null);
    const result = await unlessInvalid({ ...form.errors, ...invalid }, () => saveCall(db, null, form.values));
    if (result.ok) return redirectAfterPost(reply, `/team/ausschreibungen/${result.value}?stand=angelegt`);
    return sendPage(reply, NewCallPage({ ctx: pageContext(request, reply, { forms: true }), values: request.body, errors: result.errors }), 422);
  });

  router.get("/team/ausschreibungen/:id", { schema: { params: callParams, querystring: stateQuery } }, async (request, reply) => {
    const call = await teamCall(db, request, request.params.id);
    return renderCall(db, request, reply, call, { notice: noticeFor(request.query.stand) });
  });

  router.post("/team/ausschreibungen/:id", { attachValidation: true, schema: { params: callParams, body: callBody } }, async (request, reply) => {
    const invalid = formErrors(request);
    const call = await teamCall(db, request, request.params.id);
    const form = readCallForm(request.body, call);
    const result = await unlessInvalid({ ...form.errors, ...invalid }, () => saveCall(db, call, form.values));
    if (result.ok) return redirectAfterPost(reply, `/team/ausschreibungen/${call.id}?stand=gespeichert`);
    return renderCall(db, request, reply, call, { values: request.body, errors: result.errors }, 422);
  });

  const statusChanges = { veroeffentlichen: publishCall, zurueckziehen: withdrawCall } as const;
  for (const [path, change] of Object.entries(statusChanges)) {
    router.post(`/team/ausschreibungen/:id/${path}`, { schema: { params: callParams } }, async (request, reply) => {
      const call = await teamCall(db, request, request.params.id);
      const result = await change(db, call);
      if (result.ok)
        return redirectAfterPost(reply, `/team/ausschreibungen/${call.id}?stand=${path === "veroeffentlichen" ? "veroeffentlicht" : "zurueckgezogen"}`);
      return renderCall(db, request, reply, call, { errors: result.errors }, 409);
    });
  }

  await app.register(publicCallRoutes);
}
