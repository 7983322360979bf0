import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import { notFound } from "../../../../platform/errors.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { cohortOf } from "../../queries/obligation-input.ts";
import { requireTeam } from "../../routes/guards.ts";
import { saveCheckIn } from "../commands/save-check-in.ts";
import { checkInProblems } from "../rules/check-in.ts";
import { findCheckIn, listTeamCheckIns } from "../queries.ts";
import { checkInBody, checkInParams, type CheckInInput } from "../schemas.ts";
import { policies } from "../policies.ts";
import { checkInTexts } from "../texts.ts";
import { CheckInForm, CheckInsPage } from "../views/check-ins.tsx";
import { timelineRoutes } from "./timeline.ts";
import { nextStepRoutes } from "./next-steps.ts";

export async function checkInRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  const team = (request: FastifyRequest) => requireTeam(request, db, policies.recordCheckIns);
  async function checkInOf(programId: number, id: number) {
    return (await findCheckIn(db, programId, id)) ?? Promise.reject(notFound(checkInTexts.notFound));
  }
  async function showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    programId: number,
    form: { id: number | null; values: FormValues; errors: FieldErrors },
  ) {
    const cohort = await cohortOf(db, programId);
    const status = Object.keys(form.errors).length ? 422 : 200;
    return sendPage(reply, CheckInForm({ ctx: pageContext(request, reply, { forms: true }), ...form, cohort }), status);
  }
  async function save(request: FastifyRequest, reply: FastifyReply, id: number | null, body: CheckInInput) {
    const errors = { ...checkInProblems(body, todayInGermany()), ...formErrors(request) };
    const { program, user } = await team(request);
    if (id !== null) await checkInOf(program.id, id);
    const result = await unlessInvalid(errors, () => saveCheckIn(db, program.id, id, body, user.id));
    if (result.ok) return redirectAfterPost(reply, "/programm/check-ins");
    return showForm(request, reply, program.id, { id, values: body, errors: result.errors });
  }

  await app.register(timelineRoutes);
  await app.register(nextStepRoutes);

  router.get("/programm/check-ins", async (request, reply) => {
    const { program } = await team(request);
    return sendPage(
      reply,
      CheckInsPage({ ctx: pageContext(request, reply), list: await listTeamCheckIns(db, program.id), cohort: await cohortOf(db, program.id) }),
    );
  });

  router.get("/programm/check-ins/neu", async (request, reply) => {
    const { program } = await team(request);
    return showForm(request, reply, program.id, { id: null, values: { heldOn: todayInGermany() }, errors: {} });
  });

  router.post("/programm/check-ins/neu", { attachValidation: true, schema: { body: checkInBody } }, (request, reply) =>
    save(request, reply, null, request.body),
  );

  router.get("/programm/check-ins/:id/bearbeiten", { schema: { params: checkInParams } }, async (request, reply) => {
    const { program } = await team(request);
    const item = await checkInOf(program.id, request.params.id);
    return showForm(request, reply, program.id, { id: item.id, values: { ...item }, errors: {} });
  });

  router.post(
    "/programm/check-ins/:id/bearbeiten",
    { attachValidation: true, schema: { params: checkInParams, body: checkInBody } },
    async (request, reply) => {
      // An invalid id answers 404 before the form is looked at.
      formErrors(request);
      return save(request, reply, request.params.id, request.body);
    },
  );
}
