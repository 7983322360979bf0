import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { notFound } from "../../../../platform/errors.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { deadlinePassed, findApplicationFormat, type ApplicationFormat } from "../queries.ts";
import { submitApplication } from "../commands/submit-application.ts";
import { applicationProblems, applicationValues } from "../rules/application-form.ts";
import { applicationBody, formQuery, slugParams } from "../schemas.ts";
import { formTexts, messages } from "../texts.ts";
import { ApplicationFormPage, type ApplicationFormView } from "../views/form.tsx";
import { teamApplicationRoutes } from "./team.ts";
import { applicationLinkRoutes } from "./links.ts";

/** Enough for a person correcting a form a few times, not for filling the table by script. */
const rateLimit = { rateLimit: { max: 20, timeWindow: "1 minute" } };

/** Applications for the free seats of a training path: the public form here, the team's selection in team.ts. */
export async function applicationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  async function format(slug: string): Promise<ApplicationFormat> {
    return (await findApplicationFormat(db, { slug })) ?? Promise.reject(notFound(formTexts.notFound));
  }

  function render(request: FastifyRequest, reply: FastifyReply, view: Partial<ApplicationFormView> & { format: ApplicationFormat }, status = 200) {
    const full: ApplicationFormView = {
      closedReason: deadlinePassed(view.format, todayInGermany()) ? messages.deadline(view.format) : null,
      submitted: false,
      values: applicationValues({}),
      errors: {},
      ...view,
    };
    return sendPage(reply, ApplicationFormPage({ ctx: pageContext(request, reply, { forms: true }), view: full }), status);
  }

  router.get("/lernpfade/:slug/bewerbung", { schema: { params: slugParams, querystring: formQuery } }, async (request, reply) => {
    const applicationFormat = await format(request.params.slug);
    return render(request, reply, { format: applicationFormat, submitted: request.query.stand === "eingegangen" });
  });

  router.post(
    "/lernpfade/:slug/bewerbung",
    { config: rateLimit, attachValidation: true, schema: { params: slugParams, body: applicationBody } },
    async (request, reply) => {
      const schemaErrors = formErrors(request);
      const applicationFormat = await format(request.params.slug);
      const body = request.body ?? {};
      // After the deadline nothing is checked: the form is closed.
      const errors = deadlinePassed(applicationFormat, todayInGermany()) ? {} : { ...applicationProblems(body), ...schemaErrors };
      const result = await unlessInvalid(errors, () => submitApplication(db, applicationFormat, body, todayInGermany(), config.baseUrl));
      if (result.ok) return redirectAfterPost(reply, `/lernpfade/${applicationFormat.slug}/bewerbung?stand=eingegangen`);
      const status = result.errors.form !== undefined ? 409 : 422;
      return render(request, reply, { format: applicationFormat, values: applicationValues(body), errors: result.errors }, status);
    },
  );

  await app.register(applicationLinkRoutes);
  await app.register(teamApplicationRoutes);
}
