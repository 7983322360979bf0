import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { deadlinePassed, findApplicationFormat, type ApplicationFormat } from "../queries.ts";
import { applicationValues, submitApplication } from "../commands/submit-application.ts";
import { messages } from "../texts.ts";
import { ApplicationFormPage, type ApplicationFormView } from "../views/form.tsx";
import { teamApplicationRoutes } from "./team.ts";
import { translateValidation } from "../../../../platform/http/validation.ts";

const slugParams = Type.Object({ slug: Type.String({ maxLength: 80 }) });
const field = (maxLength: number) => Type.Optional(Type.String({ maxLength }));
const applicationBody = Type.Object({
  name: field(120),
  email: field(254),
  jobTitle: field(150),
  yearsOfExperience: field(10),
  ags: field(20),
  perspective: field(60),
  motivation: field(3000),
  tandemPartnerApplying: field(10),
  partnerName: field(120),
});
/** Enough for a person correcting a form a few times, not for filling the table by script. */
const rateLimit = { rateLimit: { max: 20, timeWindow: "1 minute" } };

/** Applications for the free seats of a training path: the public form here, the team's selection in team-routes.ts. */
export async function applicationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { mailer } = app.deps;

  async function format(slug: string): Promise<ApplicationFormat> {
    const found = await findApplicationFormat(db, { slug });
    if (!found) throw notFound("Die Ausschreibung");
    return found;
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

  router.get(
    "/lernpfade/:slug/bewerbung",
    { schema: { params: slugParams, querystring: Type.Object({ stand: Type.Optional(Type.String({ maxLength: 20 })) }) } },
    async (request, reply) => {
      const applicationFormat = await format(request.params.slug);
      return render(request, reply, { format: applicationFormat, submitted: request.query.stand === "eingegangen" });
    },
  );

  router.post(
    "/lernpfade/:slug/bewerbung",
    { config: rateLimit, attachValidation: true, schema: { params: slugParams, body: applicationBody } },
    async (request, reply) => {
      const applicationFormat = await format(String((request.params as { slug: unknown }).slug));
      const body = (request.body ?? {}) as Record<string, unknown>;
      const result = await submitApplication(db, mailer, applicationFormat, body, translateValidation(request.validationError?.validation), todayInGermany());
      if (result.ok) return redirectAfterPost(reply, `/lernpfade/${applicationFormat.slug}/bewerbung?stand=eingegangen`);
      return render(request, reply, { format: applicationFormat, values: applicationValues(body), errors: result.errors }, result.status);
    },
  );

  await app.register(teamApplicationRoutes);
}
