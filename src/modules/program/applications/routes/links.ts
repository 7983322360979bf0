import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { notFound } from "../../../../platform/errors.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { findApplicationFormat, type ApplicationFormat } from "../queries.ts";
import { confirmApplication, pendingApplication } from "../commands/confirm-application.ts";
import { answerSeat, openSeatOffer } from "../commands/answer-seat.ts";
import { answerBody, confirmParams } from "../schemas.ts";
import { answerTexts, formTexts } from "../texts.ts";
import { ConfirmApplicationPage, SeatAnswerPage, type LinkOutcome } from "../views/links.tsx";

/**
 * The links applicants get by mail: one confirms the address of an application, one takes or declines
 * a seat. An unknown, used or expired link answers 410 with the same page.
 */
export async function applicationLinkRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  async function format(slug: string): Promise<ApplicationFormat> {
    return (await findApplicationFormat(db, { slug })) ?? Promise.reject(notFound(formTexts.notFound));
  }
  const page = (
    request: FastifyRequest,
    reply: FastifyReply,
    view: "confirm" | "answer",
    props: { format: ApplicationFormat; token: string | null; outcome?: LinkOutcome },
    status: number,
  ) => {
    const ctx = pageContext(request, reply, { forms: true });
    return sendPage(reply, view === "confirm" ? ConfirmApplicationPage({ ctx, ...props }) : SeatAnswerPage({ ctx, ...props }), status);
  };

  router.get("/lernpfade/:slug/bewerbung/bestaetigen/:token", { schema: { params: confirmParams } }, async (request, reply) => {
    const found = await format(request.params.slug);
    const valid = (await pendingApplication(db, found, request.params.token)) !== null;
    return page(request, reply, "confirm", { format: found, token: valid ? request.params.token : null }, valid ? 200 : 410);
  });

  router.post("/lernpfade/:slug/bewerbung/bestaetigen/:token", { schema: { params: confirmParams } }, async (request, reply) => {
    const found = await format(request.params.slug);
    const result = await confirmApplication(db, found, request.params.token, todayInGermany());
    if (!result.ok) return page(request, reply, "confirm", { format: found, token: null, outcome: { error: result.errors.form } }, 410);
    return page(request, reply, "confirm", { format: found, token: null, outcome: { done: result.value } }, 200);
  });

  router.get("/lernpfade/:slug/zusage/:token", { schema: { params: confirmParams } }, async (request, reply) => {
    const found = await format(request.params.slug);
    const valid = (await openSeatOffer(db, found, request.params.token)) !== null;
    return page(request, reply, "answer", { format: found, token: valid ? request.params.token : null }, valid ? 200 : 410);
  });

  router.post("/lernpfade/:slug/zusage/:token", { attachValidation: true, schema: { params: confirmParams, body: answerBody } }, async (request, reply) => {
    const invalid = Object.keys(formErrors(request)).length > 0;
    const found = await format(request.params.slug);
    const { token } = request.params;
    if (invalid) {
      const open = (await openSeatOffer(db, found, token)) !== null;
      return page(request, reply, "answer", { format: found, token: open ? token : null, outcome: { error: answerTexts.badChoice } }, open ? 422 : 410);
    }
    const result = await answerSeat(db, found, token, request.body.antwort, config.baseUrl);
    if (!result.ok) return page(request, reply, "answer", { format: found, token: null, outcome: { error: result.errors.form } }, 410);
    return page(request, reply, "answer", { format: found, token: null, outcome: { done: result.value.answer } }, 200);
  });
}
