import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formErrors } from "../../../platform/http/validation.ts";
import { IdParams } from "../../../platform/http/schemas.ts";
import { unlessInvalid } from "../../../platform/commands.ts";
import { text } from "../../../platform/forms.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { registrationsOfUser } from "../queries/events.ts";
import { hasPendingRegistration } from "../queries/registrations.ts";
import { registerForEvent } from "../commands/register-for-event.ts";
import { confirmRegistration } from "../commands/confirm-registration.ts";
import { withdrawRegistration } from "../commands/withdraw-registration.ts";
import { registrantProblems, registrationClosedReason } from "../rules/registration.ts";
import { registrationBody, tokenParams } from "../schemas.ts";
import { notFoundTexts } from "../texts.ts";
import { ConfirmRegistrationPage } from "../views/confirm.tsx";
import { publicFormLimit, visibleEvent } from "./event-access.ts";
import { sendEventPage } from "./event-page.ts";

/** Registering for an event, withdrawing, and a visitor's confirmation of the e-mail address. */
export async function registrationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  router.post(
    "/termine/:id/anmelden",
    { config: publicFormLimit, attachValidation: true, schema: { params: IdParams, body: registrationBody } },
    async (request, reply) => {
      const schemaErrors = formErrors(request);
      const found = await visibleEvent(request, db, request.params.id);
      const user = request.user;
      const body = request.body ?? {};
      const values = { name: text(body.name), email: text(body.email) };
      const errors = { ...registrantProblems(user !== null, body), ...schemaErrors };
      if (!found.mayRegister) throw forbidden();
      const who = user
        ? { userId: user.id, municipalityId: user.municipalityId, name: user.name, email: user.email }
        : { userId: null, municipalityId: null, ...values };
      const result = await unlessInvalid(errors, () => registerForEvent(db, config.baseUrl, found.event, who, todayInGermany()));
      if (result.ok) return redirectAfterPost(reply, `/termine/${found.event.id}?stand=${result.value}`);
      return sendEventPage(db, request, reply, found, { values, errors: result.errors }, Object.keys(errors).length ? 422 : 409);
    },
  );

  for (const [path, status] of [
    ["absagen", "cancelled"],
    ["entschuldigen", "excused"],
  ] as const) {
    router.post(`/termine/:id/${path}`, { schema: { params: IdParams } }, async (request, reply) => {
      const user = requireUser(request);
      const { event } = await visibleEvent(request, db, request.params.id);
      const own = (await registrationsOfUser(db, user.id)).find((x) => x.eventId === event.id);
      if (!own || registrationClosedReason(event, todayInGermany())) throw notFound(notFoundTexts.openRegistration);
      if (!(await withdrawRegistration(db, config.baseUrl, event, own.id, status)).ok) throw notFound(notFoundTexts.openRegistration);
      return redirectAfterPost(reply, `/termine/${event.id}?stand=${status}`);
    });
  }

  router.get("/termine/:id/bestaetigen/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const { event } = await visibleEvent(request, db, request.params.id);
    const valid = await hasPendingRegistration(db, event.id, request.params.token);
    const page = ConfirmRegistrationPage({ ctx: pageContext(request, reply, { forms: true }), event, token: valid ? request.params.token : null });
    return sendPage(reply, page, valid ? 200 : 410);
  });

  router.post("/termine/:id/bestaetigen/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const { event } = await visibleEvent(request, db, request.params.id);
    const result = await confirmRegistration(db, config.baseUrl, event, request.params.token);
    if (!result.ok) return sendPage(reply, ConfirmRegistrationPage({ ctx: pageContext(request, reply), event, token: null }), 410);
    return redirectAfterPost(reply, `/termine/${event.id}?stand=${result.value}`);
  });
}
