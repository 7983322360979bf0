import type { FastifyInstance, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formValues } from "../../../../platform/forms.ts";
import { notFound } from "../../../../platform/errors.ts";
import { loadObligationInput } from "../../queries/events.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { findCheckIn, listCheckIns, saveCheckIn } from "../commands/save-check-in.ts";
import { CheckInForm, CheckInsPage } from "../views/check-ins.tsx";
import { requireTeam } from "../../routes/guards.ts";
import { translateValidation } from "../../../../platform/http/validation.ts";

const idParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const body = Type.Object(
  {},
  { additionalProperties: Type.Union([Type.String({ maxLength: 20000 }), Type.Array(Type.String({ maxLength: 100 }), { maxItems: 20 })]) },
);

export async function checkInRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function team(request: FastifyRequest) {
    const { user, program } = await requireTeam(request, db);
    const cohort = (await loadObligationInput(db, program.id, todayInGermany())).municipalities;
    return { user, program, cohort };
  }

  router.get("/programm/check-ins", async (request, reply) => {
    const { program } = await team(request);
    return sendPage(reply, CheckInsPage({ ctx: pageContext(request, reply), list: await listCheckIns(db, program.id) }));
  });

  router.get("/programm/check-ins/neu", async (request, reply) => {
    const { cohort } = await team(request);
    return sendPage(
      reply,
      CheckInForm({ ctx: pageContext(request, reply, { forms: true }), id: null, values: { heldOn: todayInGermany() }, errors: {}, cohort }),
    );
  });

  router.post("/programm/check-ins/neu", { attachValidation: true, schema: { body } }, async (request, reply) => {
    const { program, user, cohort } = await team(request);
    const result = await saveCheckIn(
      db,
      program.id,
      null,
      (request.body ?? {}) as Record<string, unknown>,
      user.id,
      todayInGermany(),
      translateValidation(request.validationError?.validation),
    );
    if (result.ok) return redirectAfterPost(reply, "/programm/check-ins");
    return sendPage(
      reply,
      CheckInForm({ ctx: pageContext(request, reply, { forms: true }), id: null, values: formValues(request.body), errors: result.errors, cohort }),
      422,
    );
  });

  router.get("/programm/check-ins/:id/bearbeiten", { schema: { params: idParams } }, async (request, reply) => {
    const { program, cohort } = await team(request);
    const item = await findCheckIn(db, program.id, request.params.id);
    if (!item) throw notFound("Der Check-In");
    const values = {
      municipalityId: String(item.municipalityId),
      heldOn: item.heldOn,
      participants: item.participants,
      topics: item.topics,
      notes: item.notes,
      nextSteps: item.nextSteps,
    };
    return sendPage(reply, CheckInForm({ ctx: pageContext(request, reply, { forms: true }), id: item.id, values, errors: {}, cohort }));
  });

  router.post("/programm/check-ins/:id/bearbeiten", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    const { program, user, cohort } = await team(request);
    const item = await findCheckIn(db, program.id, Number((request.params as { id: unknown }).id));
    if (!item) throw notFound("Der Check-In");
    const result = await saveCheckIn(
      db,
      program.id,
      item.id,
      (request.body ?? {}) as Record<string, unknown>,
      user.id,
      todayInGermany(),
      translateValidation(request.validationError?.validation),
    );
    if (result.ok) return redirectAfterPost(reply, "/programm/check-ins");
    return sendPage(
      reply,
      CheckInForm({ ctx: pageContext(request, reply, { forms: true }), id: item.id, values: formValues(request.body), errors: result.errors, cohort }),
      422,
    );
  });
}
