import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { issueContent, type Issue } from "../queries.ts";
import { issueParams, testMailBody } from "../schemas.ts";
import { messages, previewPolicy } from "../texts.ts";
import { issueTemplate, personalMail, unsubscribeUrl } from "../views/mail.ts";
import { IssuePage } from "../views/issue-page.tsx";
import { MailPreviewPage } from "../views/mail-preview.tsx";
import { editableIssue, requireEditor, showOverview } from "./editing.ts";

/** Previewing an issue as web page and as e-mail, and sending it as a test mail: for the team's editors. */
export async function editorPreviewRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { mailer, config } = app.deps;
  const host = new URL(config.baseUrl).hostname;

  async function sampleMail(issue: Issue, to: string) {
    const template = issueTemplate(issue, await issueContent(db, issue), config.baseUrl);
    return personalMail(template, to, `<newsletter-test-${randomUUID()}@${host}>`, unsubscribeUrl(config.baseUrl, "testmail"));
  }

  router.get("/newsletter/redaktion/:id/vorschau", { schema: { params: issueParams } }, async (request, reply) => {
    const issue = await editableIssue(request, db, request.params.id);
    return sendPage(reply, IssuePage({ ctx: pageContext(request, reply), issue, content: await issueContent(db, issue), preview: true }));
  });

  router.get("/newsletter/redaktion/:id/vorschau/email", { schema: { params: issueParams } }, async (request, reply) => {
    const user = requireEditor(request);
    const issue = await editableIssue(request, db, request.params.id);
    const mail = await sampleMail(issue, user.email);
    return sendPage(reply, MailPreviewPage({ ctx: pageContext(request, reply), issue, mail, from: config.mailFrom }));
  });

  router.get("/newsletter/redaktion/:id/vorschau/email.html", { schema: { params: issueParams } }, async (request, reply) => {
    const user = requireEditor(request);
    const issue = await editableIssue(request, db, request.params.id);
    const mail = await sampleMail(issue, user.email);
    return reply
      .header("content-security-policy", previewPolicy)
      .header("x-frame-options", "SAMEORIGIN")
      .header("cache-control", "private, no-store")
      .type("text/html; charset=utf-8")
      .send(mail.html);
  });

  router.post("/newsletter/redaktion/:id/testmail", { attachValidation: true, schema: { params: issueParams, body: testMailBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const issue = await editableIssue(request, db, request.params.id);
    const testEmail = String(request.body?.testEmail ?? "");
    if (errors.testEmail) return showOverview(request, reply, db, issue, { testEmail, errors }, 422);
    const mail = await sampleMail(issue, testEmail);
    try {
      await mailer.send({ ...mail, subject: `[Test] ${mail.subject}` });
    } catch (error) {
      request.log.warn({ code: (error as { code?: string }).code }, "Testmail nicht verschickt");
      return showOverview(request, reply, db, issue, { testEmail, problem: messages.mailFailed }, 503);
    }
    return redirectAfterPost(reply, `/newsletter/redaktion/${issue.id}?stand=testmail`);
  });
}
