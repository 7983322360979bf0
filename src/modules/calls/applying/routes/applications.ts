import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { AppError } from "../../../../platform/errors.ts";
import { formValues } from "../../../../platform/forms.ts";
import { listTopics } from "../../../municipalities/index.ts";
import { isOpenForApplications } from "../../queries.ts";
import { startApplication } from "../commands/start-application.ts";
import { saveDraft } from "../commands/save-draft.ts";
import { takeChangeProject } from "../commands/take-change-project.ts";
import { agreeToSubmit } from "../commands/agree-to-submit.ts";
import { callParams, draftBody, projectBody, startBody, stateQuery } from "../schemas.ts";
import { messages, notices } from "../texts.ts";
import { applyingContext, editableApplication } from "./guards.ts";
import { sendApplicationPage } from "./application-page.ts";
import { invitationRoutes } from "./invitation.ts";
import { letterRoutes } from "./letter.ts";

const pageOf = (slug: string, stand: string) => `/ausschreibungen/${slug}/bewerbung?stand=${stand}`;

/** Applying for a call as a tandem: start, edit the draft, take a change project from the profile, submit together. */
export async function applyingRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { baseUrl } = app.deps.config;

  router.get("/ausschreibungen/:slug/bewerbung", { schema: { params: callParams, querystring: stateQuery } }, async (request, reply) => {
    const context = await applyingContext(request, request.params.slug);
    const notice = Object.hasOwn(notices, request.query.stand ?? "") ? notices[request.query.stand!] : null;
    return sendApplicationPage(request, reply, context, { notice });
  });

  router.post("/ausschreibungen/:slug/bewerbung", { attachValidation: true, schema: { params: callParams, body: startBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const context = await applyingContext(request, request.params.slug);
    if (!isOpenForApplications(context.call)) throw new AppError(409, "call_closed", messages.closed);
    const { call, user, municipality } = context;
    const result = await unlessInvalid(errors, () => startApplication(db, baseUrl, call, user, municipality, request.body));
    if (result.ok) return redirectAfterPost(reply, pageOf(call.slug, "begonnen"));
    const state = { values: formValues(request.body), errors: result.errors };
    return sendApplicationPage(request, reply, context, state, result.errors.form ? 409 : 422);
  });

  router.post(
    "/ausschreibungen/:slug/bewerbung/entwurf",
    { attachValidation: true, schema: { params: callParams, body: draftBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const context = await editableApplication(request, request.params.slug);
      const topics = (await listTopics(db)).map((t) => t.slug);
      const result = await unlessInvalid(errors, () => saveDraft(db, context.application.id, context.call.questions, topics, request.body));
      if (result.ok) return redirectAfterPost(reply, pageOf(context.call.slug, "gespeichert"));
      const state = { values: formValues(request.body), errors: result.errors };
      return sendApplicationPage(request, reply, context, state, result.errors.form ? 409 : 422);
    },
  );

  router.post(
    "/ausschreibungen/:slug/bewerbung/vorhaben",
    { attachValidation: true, schema: { params: callParams, body: projectBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const context = await editableApplication(request, request.params.slug);
      const result = await unlessInvalid(errors, () => takeChangeProject(db, context.application, request.body.changeProjectId));
      if (result.ok) return redirectAfterPost(reply, pageOf(context.call.slug, "uebernommen"));
      return sendApplicationPage(request, reply, context, { errors: result.errors }, result.errors.form ? 409 : 422);
    },
  );

  router.post("/ausschreibungen/:slug/bewerbung/einreichen", { schema: { params: callParams } }, async (request, reply) => {
    const context = await editableApplication(request, request.params.slug);
    const result = await agreeToSubmit(db, context.application.id, context.user.id);
    if (result.ok) return redirectAfterPost(reply, pageOf(context.call.slug, result.value === "submitted" ? "eingereicht" : "zugestimmt"));
    return sendApplicationPage(request, reply, context, { errors: result.errors }, result.errors.form ? 409 : 422);
  });

  await app.register(letterRoutes);
  await app.register(invitationRoutes);
}
