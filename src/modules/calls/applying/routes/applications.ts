import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { formValues } from "../../../../platform/forms.ts";
import { listTopics } from "../../../municipalities/index.ts";
import { isOpenForApplications } from "../../queries.ts";
import { startApplication } from "../commands/start-application.ts";
import { saveDraft } from "../commands/save-draft.ts";
import { takeChangeProject } from "../commands/take-change-project.ts";
import { agreeToSubmit } from "../commands/agree-to-submit.ts";
import { callParams, draftBody, projectBody, startBody, stateQuery } from "../schemas.ts";
import { notices } from "../texts.ts";
import { applyingContext, callClosed, editableApplication } from "./guards.ts";
import { answerCommand, sendApplicationPage } from "./application-page.ts";
import { invitationRoutes } from "./invitation.ts";
import { letterRoutes } from "./letter.ts";

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
    if (!isOpenForApplications(context.call)) throw callClosed();
    const result = await unlessInvalid(errors, () => startApplication(db, baseUrl, context.call, context.user, context.municipality, request.body));
    // Another member started one meanwhile: the page shows that application (its tandem) beside the message.
    if (!result.ok && result.errors.form)
      return sendApplicationPage(request, reply, await applyingContext(request, request.params.slug), { errors: result.errors }, 409);
    return answerCommand(request, reply, context, result, "begonnen", formValues(request.body));
  });

  router.post(
    "/ausschreibungen/:slug/bewerbung/entwurf",
    { attachValidation: true, schema: { params: callParams, body: draftBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const context = await editableApplication(request, request.params.slug);
      const topics = (await listTopics(db)).map((t) => t.slug);
      const result = await unlessInvalid(errors, () => saveDraft(db, context.application.id, context.call.questions, topics, request.body));
      return answerCommand(request, reply, context, result, "gespeichert", formValues(request.body));
    },
  );

  router.post(
    "/ausschreibungen/:slug/bewerbung/vorhaben",
    { attachValidation: true, schema: { params: callParams, body: projectBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const context = await editableApplication(request, request.params.slug);
      const result = await unlessInvalid(errors, () => takeChangeProject(db, context.application, request.body.changeProjectId));
      return answerCommand(request, reply, context, result, "uebernommen");
    },
  );

  router.post("/ausschreibungen/:slug/bewerbung/einreichen", { schema: { params: callParams } }, async (request, reply) => {
    const context = await editableApplication(request, request.params.slug);
    const result = await agreeToSubmit(db, context.application.id, context.user.id);
    return answerCommand(request, reply, context, result, result.ok && result.value === "submitted" ? "eingereicht" : "zugestimmt");
  });

  await app.register(letterRoutes);
  await app.register(invitationRoutes);
}
