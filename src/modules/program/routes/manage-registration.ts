import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formErrors } from "../../../platform/http/validation.ts";
import { IdParams } from "../../../platform/http/schemas.ts";
import { notFound } from "../../../platform/errors.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { registrationOfLink } from "../queries/registrations.ts";
import { withdrawRegistration } from "../commands/withdraw-registration.ts";
import { resendConfirmation } from "../commands/resend-confirmation.ts";
import { registrationClosedReason } from "../rules/registration.ts";
import { resendBody, tokenParams } from "../schemas.ts";
import { notFoundTexts } from "../texts.ts";
import { ManageRegistrationPage } from "../views/manage.tsx";
import { publicFormLimit, visibleEvent } from "./event-access.ts";
import { sendEventPage } from "./event-page.ts";

/** The link in every registration mail (see or cancel the registration), and a new confirmation link for an unconfirmed one. */
export async function manageRegistrationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  router.get("/termine/:id/anmeldung/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const { event } = await visibleEvent(request, db, request.params.id);
    const registration = await registrationOfLink(db, event.id, request.params.token);
    const closedReason = registrationClosedReason(event, todayInGermany());
    const page = ManageRegistrationPage({ ctx: pageContext(request, reply, { forms: true }), event, token: request.params.token, registration, closedReason });
    return sendPage(reply.header("cache-control", "private, no-store"), page, registration ? 200 : 410);
  });

  router.post("/termine/:id/anmeldung/:token", { config: publicFormLimit, schema: { params: tokenParams } }, async (request, reply) => {
    const { event } = await visibleEvent(request, db, request.params.id);
    const registration = await registrationOfLink(db, event.id, request.params.token);
    if (!registration) {
      const page = ManageRegistrationPage({ ctx: pageContext(request, reply), event, token: request.params.token, registration: null, closedReason: null });
      return sendPage(reply, page, 410);
    }
    if (registrationClosedReason(event, todayInGermany())) throw notFound(notFoundTexts.openRegistration);
    if (!(await withdrawRegistration(db, config.baseUrl, event, registration.id, "cancelled")).ok) throw notFound(notFoundTexts.openRegistration);
    return redirectAfterPost(reply, `/termine/${event.id}?stand=cancelled`);
  });

  router.post(
    "/termine/:id/bestaetigung-erneut",
    { config: publicFormLimit, attachValidation: true, schema: { params: IdParams, body: resendBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const found = await visibleEvent(request, db, request.params.id);
      if (Object.keys(errors).length)
        return sendEventPage(db, request, reply, found, { errors, resendValue: String(request.body?.confirmationEmail ?? "") }, 422);
      await resendConfirmation(db, config.baseUrl, found.event, request.body.confirmationEmail);
      return redirectAfterPost(reply, `/termine/${found.event.id}?stand=erneut`);
    },
  );
}
