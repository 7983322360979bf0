import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { formTexts } from "../../../../platform/forms.ts";
import { isRole, roleLabels } from "../../../../platform/auth/roles.ts";
import { InvalidLinkPage } from "../../../../platform/auth/views/token-pages.tsx";
import { linkAccount } from "../../../../platform/auth/account-links.ts";
import { findMunicipalityWithDomains, listMunicipalityChoices } from "../../../municipalities/index.ts";
import { requestAccess } from "../commands/request-access.ts";
import { confirmRequest, unconfirmedRequest } from "../commands/confirm-request.ts";
import { requestBody, requestQuery, tokenParams } from "../schemas.ts";
import { ConfirmRequestPage, RequestFormPage, RequestSentPage } from "../views/request-form.tsx";

// Like the other public forms: a few requests per visitor address and minute.
const rateLimit = { rateLimit: { max: 10, timeWindow: "1 minute" } };

/** "Zugang beantragen" for anyone, and the confirmation link of a request from an official address. */
export async function requestFormRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  router.get("/zugang-beantragen", { schema: { querystring: requestQuery } }, async (request, reply) => {
    const municipalities = await listMunicipalityChoices(db);
    const preselected = municipalities.find((m) => m.ags === request.query.kommune);
    const values = { role: "planningSpecialist", municipality: preselected ? String(preselected.id) : "" };
    return sendPage(reply, RequestFormPage({ ctx: pageContext(request, reply, { forms: true }), municipalities, values, errors: {} }));
  });

  router.post("/zugang-beantragen", { config: rateLimit, attachValidation: true, schema: { body: requestBody } }, async (request, reply) => {
    const result = await unlessInvalid(formErrors(request), () => requestAccess(db, config.baseUrl, request.body));
    if (result.ok) return redirectAfterPost(reply, "/zugang-beantragen/gesendet");
    const values = formTexts(request.body);
    const page = RequestFormPage({
      ctx: pageContext(request, reply, { forms: true }),
      municipalities: await listMunicipalityChoices(db),
      values,
      errors: result.errors,
    });
    return sendPage(reply, page, 422);
  });

  router.get("/zugang-beantragen/gesendet", async (request, reply) => sendPage(reply, RequestSentPage({ ctx: pageContext(request, reply) })));

  // GET shows a button only: mail scanners that open every link must not confirm anything.
  router.get("/zugang/bestaetigen/:token", { schema: { params: tokenParams } }, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true });
    const pending = await unconfirmedRequest(db, request.params.token);
    const municipality = pending && (await findMunicipalityWithDomains(db, pending.municipalityId));
    if (!pending || !municipality) return sendPage(reply, InvalidLinkPage({ ctx }), 410);
    const role = isRole(pending.role) ? roleLabels[pending.role] : pending.role;
    return sendPage(reply, ConfirmRequestPage({ ctx, token: request.params.token, name: pending.name, municipality: municipality.name, role }));
  });

  router.post("/zugang/bestaetigen/:token", { config: rateLimit, schema: { params: tokenParams } }, async (request, reply) => {
    const result = await confirmRequest(db, request.params.token);
    if (!result.ok) return sendPage(reply, InvalidLinkPage({ ctx: pageContext(request, reply) }), 410);
    // The address is confirmed now: what it had is attached even if the password is set later.
    await linkAccount(app, result.value.user);
    return redirectAfterPost(reply, `/konto-einrichten/${result.value.setupToken}`);
  });
}
