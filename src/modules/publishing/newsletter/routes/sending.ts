import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { confirmedCount } from "../queries.ts";
import { startSending } from "../commands/start-sending.ts";
import { scheduleIssue } from "../commands/schedule-issue.ts";
import { cancelSchedule } from "../commands/cancel-schedule.ts";
import { issueParams, scheduleBody, sendBody } from "../schemas.ts";
import { messages } from "../texts.ts";
import { ConfirmSendPage } from "../views/send-forms.tsx";
import { editableIssue, showOverview } from "./editing.ts";

/** Sending an issue: to everyone after a confirmation with the number of recipients, or at a planned time. */
export async function sendingRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const host = new URL(app.deps.config.baseUrl).hostname;

  router.get("/newsletter/redaktion/:id/senden", { schema: { params: issueParams } }, async (request, reply) => {
    const issue = await editableIssue(request, db, request.params.id);
    if (issue.status !== "draft") return showOverview(request, reply, db, issue, { problem: messages.notDraft }, 409);
    const page = ConfirmSendPage({ ctx: pageContext(request, reply, { forms: true }), issue, subscribers: await confirmedCount(db) });
    return sendPage(reply, page);
  });

  router.post("/newsletter/redaktion/:id/senden", { attachValidation: true, schema: { params: issueParams, body: sendBody } }, async (request, reply) => {
    formErrors(request); // an invalid id answers 404 before anything else
    const issue = await editableIssue(request, db, request.params.id);
    if (issue.status !== "draft") return showOverview(request, reply, db, issue, { problem: messages.notDraft }, 409);
    if (request.body?.bestaetigt !== "ja") {
      const page = ConfirmSendPage({
        ctx: pageContext(request, reply, { forms: true }),
        issue,
        subscribers: await confirmedCount(db),
        problem: messages.notConfirmed,
      });
      return sendPage(reply, page, 422);
    }
    const result = await startSending(db, issue.id, host);
    if (!result.ok) return showOverview(request, reply, db, issue, { problem: messages.notDraft }, 409);
    return redirectAfterPost(reply, `/newsletter/redaktion/${issue.id}?stand=versand`);
  });

  router.post("/newsletter/redaktion/:id/planen", { attachValidation: true, schema: { params: issueParams, body: scheduleBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const issue = await editableIssue(request, db, request.params.id);
    if (issue.status !== "draft") return showOverview(request, reply, db, issue, { problem: messages.notDraft }, 409);
    const result = await unlessInvalid(errors, () => scheduleIssue(db, issue.id, request.body));
    if (result.ok) return redirectAfterPost(reply, `/newsletter/redaktion/${issue.id}?stand=geplant`);
    const schedule = { sendDate: String(request.body?.sendDate ?? ""), sendTime: String(request.body?.sendTime ?? "") };
    return showOverview(request, reply, db, issue, { schedule, errors: result.errors }, 422);
  });

  router.post("/newsletter/redaktion/:id/planung-aufheben", { schema: { params: issueParams } }, async (request, reply) => {
    const issue = await editableIssue(request, db, request.params.id);
    if (!(await cancelSchedule(db, issue.id)).ok) return showOverview(request, reply, db, issue, { problem: messages.notDraft }, 409);
    return redirectAfterPost(reply, `/newsletter/redaktion/${issue.id}?stand=planung-aufgehoben`);
  });
}
