import { randomUUID } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { formValues, text, type FieldErrors } from "../../../platform/forms.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import type { CurrentUser } from "../../../platform/auth/current-user.ts";
import { todayInGermany } from "../../../platform/dates.ts";
import { allIssues, bounces, confirmedCount, deliveryProgress, findIssue, issueChoices, issueContent, type Issue, type IssueChoices } from "./issues.ts";
import { policies } from "./policies.ts";
import { saveIssue, startSending } from "./issue-commands.ts";
import { issueTemplate, personalMail, unsubscribeUrl } from "./mail.ts";
import { emailError, normaliseEmail } from "./subscriptions.ts";
import { messages, notices } from "./texts.ts";
import { IssueFormPage, IssueListPage } from "./views/editor.tsx";
import { IssueAdminPage, type Sending } from "./views/issue-admin.tsx";
import { IssuePage } from "./views/issue-page.tsx";
import { MailPreviewPage } from "./views/mail-preview.tsx";
import { translateValidation } from "../../../platform/http/validation.ts";

const id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const idParams = Type.Object({ id });
const body = Type.Object(
  {},
  { additionalProperties: Type.Union([Type.String({ maxLength: 20000 }), Type.Array(Type.String({ maxLength: 20 }), { maxItems: 50 })]) },
);
// The mail preview is a document of its own with its inline stylesheet; it runs no script and may only be framed by our own pages.
const previewPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

/** Composing, previewing, testing and sending issues: for the team's editors (admin, editor). */
export async function editorRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { mailer, config } = app.deps;
  const host = new URL(config.baseUrl).hostname;

  function requireEditor(request: FastifyRequest): CurrentUser {
    const user = requireUser(request);
    if (!policies.editNewsletter(user)) throw forbidden();
    return user;
  }

  async function editable(request: FastifyRequest, issueId: number): Promise<Issue> {
    requireEditor(request);
    const issue = Number.isInteger(issueId) ? await findIssue(db, issueId) : null;
    if (!issue) throw notFound("Die Ausgabe");
    return issue;
  }

  const choices = () => issueChoices(db, todayInGermany());

  function form(
    request: FastifyRequest,
    reply: FastifyReply,
    issueId: number | null,
    values: Record<string, string | string[]>,
    errors: FieldErrors,
    offered: IssueChoices,
    status = 200,
  ) {
    return sendPage(reply, IssueFormPage({ ctx: pageContext(request, reply, { forms: true }), id: issueId, values, errors, ...offered }), status);
  }

  /** A draft needs only how many will get it; once sending has started, how far it has come. */
  async function sending(issue: Issue): Promise<Sending> {
    if (issue.status === "draft") return { subscribers: await confirmedCount(db) };
    const [progress, bounced] = await Promise.all([deliveryProgress(db, issue.id), bounces(db, issue.id)]);
    return { progress, bounces: bounced };
  }

  async function overview(
    request: FastifyRequest,
    reply: FastifyReply,
    issue: Issue,
    extra: { notice?: string; problem?: string; testEmail?: string; errors?: FieldErrors } = {},
    status = 200,
  ) {
    return sendPage(reply, IssueAdminPage({ ctx: pageContext(request, reply, { forms: true }), issue, sending: await sending(issue), ...extra }), status);
  }

  async function sampleMail(issue: Issue, to: string) {
    const template = issueTemplate(issue, await issueContent(db, issue), config.baseUrl);
    return personalMail(template, to, `<newsletter-test-${randomUUID()}@${host}>`, unsubscribeUrl(config.baseUrl, "testmail"));
  }

  router.get("/newsletter/redaktion", async (request, reply) => {
    requireEditor(request);
    const [issues, subscribers] = await Promise.all([allIssues(db), confirmedCount(db)]);
    return sendPage(reply, IssueListPage({ ctx: pageContext(request, reply), issues, subscribers }));
  });

  router.get("/newsletter/redaktion/neu", async (request, reply) => {
    requireEditor(request);
    return form(request, reply, null, {}, {}, await choices());
  });

  router.post("/newsletter/redaktion/neu", { attachValidation: true, schema: { body } }, async (request, reply) => {
    const user = requireEditor(request);
    const offered = await choices();
    const result = await saveIssue(
      db,
      user.id,
      null,
      (request.body ?? {}) as Record<string, unknown>,
      translateValidation(request.validationError?.validation),
      offered,
    );
    if (result.ok) return redirectAfterPost(reply, `/newsletter/redaktion/${result.id}?stand=gespeichert`);
    return form(request, reply, null, formValues(request.body), result.errors, offered, 422);
  });

  router.get(
    "/newsletter/redaktion/:id",
    { schema: { params: idParams, querystring: Type.Object({ stand: Type.Optional(Type.String({ maxLength: 20 })) }) } },
    async (request, reply) => {
      const issue = await editable(request, request.params.id);
      return overview(request, reply, issue, { notice: notices[request.query.stand ?? ""] });
    },
  );

  router.get("/newsletter/redaktion/:id/bearbeiten", { schema: { params: idParams } }, async (request, reply) => {
    const issue = await editable(request, request.params.id);
    if (issue.status !== "draft") return overview(request, reply, issue, { problem: messages.notDraft }, 409);
    const values = {
      number: issue.number,
      title: issue.title,
      editorial: issue.editorial,
      artikel: issue.articleIds.map(String),
      termine: issue.eventIds.map(String),
    };
    return form(request, reply, issue.id, values, {}, await choices());
  });

  router.post("/newsletter/redaktion/:id/bearbeiten", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    const issue = await editable(request, Number((request.params as { id: unknown }).id));
    if (issue.status !== "draft") return overview(request, reply, issue, { problem: messages.notDraft }, 409);
    const offered = await choices();
    const result = await saveIssue(
      db,
      request.user!.id,
      issue.id,
      (request.body ?? {}) as Record<string, unknown>,
      translateValidation(request.validationError?.validation),
      offered,
    );
    if (result.ok) return redirectAfterPost(reply, `/newsletter/redaktion/${issue.id}?stand=gespeichert`);
    return form(request, reply, issue.id, formValues(request.body), result.errors, offered, 422);
  });

  router.get("/newsletter/redaktion/:id/vorschau", { schema: { params: idParams } }, async (request, reply) => {
    const issue = await editable(request, request.params.id);
    return sendPage(reply, IssuePage({ ctx: pageContext(request, reply), issue, content: await issueContent(db, issue), preview: true }));
  });

  router.get("/newsletter/redaktion/:id/vorschau/email", { schema: { params: idParams } }, async (request, reply) => {
    const issue = await editable(request, request.params.id);
    const mail = await sampleMail(issue, request.user!.email);
    return sendPage(reply, MailPreviewPage({ ctx: pageContext(request, reply), issue, mail, from: config.mailFrom }));
  });

  router.get("/newsletter/redaktion/:id/vorschau/email.html", { schema: { params: idParams } }, async (request, reply) => {
    const issue = await editable(request, request.params.id);
    const mail = await sampleMail(issue, request.user!.email);
    return reply
      .header("content-security-policy", previewPolicy)
      .header("x-frame-options", "SAMEORIGIN")
      .header("cache-control", "private, no-store")
      .type("text/html; charset=utf-8")
      .send(mail.html);
  });

  router.post("/newsletter/redaktion/:id/testmail", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    const issue = await editable(request, Number((request.params as { id: unknown }).id));
    const testEmail = normaliseEmail(text((request.body as Record<string, unknown> | undefined)?.testEmail));
    const problem = emailError(testEmail);
    if (problem) return overview(request, reply, issue, { testEmail, errors: { testEmail: problem } }, 422);
    const mail = await sampleMail(issue, testEmail);
    try {
      await mailer.send({ ...mail, subject: `[Test] ${mail.subject}` });
    } catch (error) {
      request.log.warn({ code: (error as { code?: string }).code }, "Testmail nicht verschickt");
      return overview(request, reply, issue, { testEmail, problem: messages.mailFailed }, 503);
    }
    return redirectAfterPost(reply, `/newsletter/redaktion/${issue.id}?stand=testmail`);
  });

  router.post("/newsletter/redaktion/:id/senden", { schema: { params: idParams } }, async (request, reply) => {
    const issue = await editable(request, request.params.id);
    if (!(await startSending(db, issue.id, host))) return overview(request, reply, issue, { problem: messages.notDraft }, 409);
    return redirectAfterPost(reply, `/newsletter/redaktion/${issue.id}?stand=versand`);
  });
}
