import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import { notFound } from "../../../../platform/errors.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { requireTeam } from "../../routes/guards.ts";
import { listMemberships } from "../../tandems/queries.ts";
import { saveNextStep } from "../commands/save-next-step.ts";
import { findCheckIn, listNextSteps, type TeamCheckIn } from "../queries.ts";
import { checkInParams, nextStepBody, type NextStepInput } from "../schemas.ts";
import { policies } from "../policies.ts";
import { checkInTexts } from "../texts.ts";
import { NextStepFormPage } from "../views/next-step-form.tsx";

/** Next steps agreed in a check-in: the team adds them, corrects them and marks them done. */
export async function nextStepRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function checkInOf(request: FastifyRequest, id: number) {
    const { program } = await requireTeam(request, db, policies.agreeNextSteps);
    return (await findCheckIn(db, program.id, id)) ?? Promise.reject(notFound(checkInTexts.notFound));
  }
  async function stepOf(request: FastifyRequest, id: number) {
    const { program } = await requireTeam(request, db, policies.agreeNextSteps);
    const [step] = await listNextSteps(db, program.id, { id });
    if (!step) throw notFound(checkInTexts.stepNotFound);
    return { step, checkIn: (await findCheckIn(db, program.id, step.checkInId))! };
  }
  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    form: { checkIn: TeamCheckIn; stepId: number | null; values: FormValues; errors: FieldErrors },
  ) {
    const today = todayInGermany();
    const owners = (await listMemberships(db, (await requireTeam(request, db)).program.id)).filter(
      (m) => m.municipalityId === form.checkIn.municipalityId && m.fromDate <= today && (m.toDate === null || m.toDate >= today),
    );
    const status = Object.keys(form.errors).length ? 422 : 200;
    return sendPage(reply, NextStepFormPage({ ctx: pageContext(request, reply, { forms: true }), view: { ...form, owners } }), status);
  }
  async function save(request: FastifyRequest, reply: FastifyReply, checkIn: TeamCheckIn, stepId: number | null, body: NextStepInput) {
    const place = { programId: (await requireTeam(request, db)).program.id, municipalityId: checkIn.municipalityId, checkInId: checkIn.id, stepId };
    const result = await unlessInvalid(formErrors(request), () => saveNextStep(db, place, body, todayInGermany()));
    if (result.ok) return redirectAfterPost(reply, `/programm/check-ins/kommunen/${checkIn.municipalityId}`);
    return show(request, reply, { checkIn, stepId, values: body, errors: result.errors });
  }

  router.get("/programm/check-ins/:id/schritte/neu", { schema: { params: checkInParams } }, async (request, reply) => {
    const checkIn = await checkInOf(request, request.params.id);
    return show(request, reply, { checkIn, stepId: null, values: {}, errors: {} });
  });
  router.post(
    "/programm/check-ins/:id/schritte/neu",
    { attachValidation: true, schema: { params: checkInParams, body: nextStepBody } },
    async (request, reply) => save(request, reply, await checkInOf(request, request.params.id), null, request.body),
  );
  router.get("/programm/naechste-schritte/:id/bearbeiten", { schema: { params: checkInParams } }, async (request, reply) => {
    const { step, checkIn } = await stepOf(request, request.params.id);
    const values = {
      description: step.description,
      owner: step.ownerUserId ? String(step.ownerUserId) : "team",
      dueOn: step.dueOn,
      erledigt: step.done ? "ja" : "",
    };
    return show(request, reply, { checkIn, stepId: step.id, values, errors: {} });
  });
  router.post(
    "/programm/naechste-schritte/:id/bearbeiten",
    { attachValidation: true, schema: { params: checkInParams, body: nextStepBody } },
    async (request, reply) => {
      const { step, checkIn } = await stepOf(request, request.params.id);
      return save(request, reply, checkIn, step.id, request.body);
    },
  );
}
