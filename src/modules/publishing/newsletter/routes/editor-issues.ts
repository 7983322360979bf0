import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { formValues, type FieldErrors } from "../../../../platform/forms.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { allIssues, confirmedCount, issueChoices, type Issue, type IssueChoices } from "../queries.ts";
import { saveIssue } from "../commands/save-issue.ts";
import { issueFormErrors } from "../rules/issue-form.ts";
import { issueBody, issueParams, standQuery, type IssueInput } from "../schemas.ts";
import { messages, notices } from "../texts.ts";
import { IssueFormPage, IssueListPage } from "../views/editor.tsx";
import { editableIssue, requireEditor, showOverview } from "./editing.ts";
import { sendingRoutes } from "./sending.ts";
import { subscriberRoutes } from "./subscribers.ts";

interface IssueForm {
  id: number | null;
  values: Record<string, string | string[]>;
  errors: FieldErrors;
  offered: IssueChoices;
}

/** A saved draft as its form shows it. */
const formOf = (issue: Issue) => ({
  number: issue.number,
  title: issue.title,
  editorial: issue.editorial,
  artikel: issue.articleIds.map(String),
  berichte: issue.reportIds.map(String),
  termine: issue.eventIds.map(String),
});

/** Composing and sending issues: for the team's editors (admin, editor). */
export async function editorIssueRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const choices = () => issueChoices(db, todayInGermany());

  function showForm(request: FastifyRequest, reply: FastifyReply, form: IssueForm, status = 200) {
    const page = IssueFormPage({ ctx: pageContext(request, reply, { forms: true }), id: form.id, values: form.values, errors: form.errors, ...form.offered });
    return sendPage(reply, page, status);
  }

  /** Checks the form against its schema and what it offered, then saves; the value is the issue's id. */
  async function save(request: FastifyRequest & { body: IssueInput }, userId: number, id: number | null, offered: IssueChoices) {
    const errors = { ...formErrors(request), ...issueFormErrors(request.body, offered) };
    return unlessInvalid(errors, () => saveIssue(db, userId, id, request.body));
  }

  router.get("/newsletter/redaktion", async (request, reply) => {
    requireEditor(request);
    const [issues, subscribers] = await Promise.all([allIssues(db), confirmedCount(db)]);
    return sendPage(reply, IssueListPage({ ctx: pageContext(request, reply), issues, subscribers }));
  });

  router.get("/newsletter/redaktion/neu", async (request, reply) => {
    requireEditor(request);
    return showForm(request, reply, { id: null, values: {}, errors: {}, offered: await choices() });
  });

  router.post("/newsletter/redaktion/neu", { attachValidation: true, schema: { body: issueBody } }, async (request, reply) => {
    const user = requireEditor(request);
    const offered = await choices();
    const result = await save(request, user.id, null, offered);
    if (result.ok) return redirectAfterPost(reply, `/newsletter/redaktion/${result.value}?stand=gespeichert`);
    return showForm(request, reply, { id: null, values: formValues(request.body), errors: result.errors, offered }, 422);
  });

  router.get("/newsletter/redaktion/:id", { schema: { params: issueParams, querystring: standQuery } }, async (request, reply) => {
    const issue = await editableIssue(request, db, request.params.id);
    return showOverview(request, reply, db, issue, { notice: notices[request.query.stand ?? ""] });
  });

  router.get("/newsletter/redaktion/:id/bearbeiten", { schema: { params: issueParams } }, async (request, reply) => {
    const issue = await editableIssue(request, db, request.params.id);
    if (issue.status !== "draft") return showOverview(request, reply, db, issue, { problem: messages.notDraft }, 409);
    return showForm(request, reply, { id: issue.id, values: formOf(issue), errors: {}, offered: await choices() });
  });

  router.post("/newsletter/redaktion/:id/bearbeiten", { attachValidation: true, schema: { params: issueParams, body: issueBody } }, async (request, reply) => {
    const user = requireEditor(request);
    const issue = await editableIssue(request, db, request.params.id);
    if (issue.status !== "draft") return showOverview(request, reply, db, issue, { problem: messages.notDraft }, 409);
    const offered = await choices();
    const result = await save(request, user.id, issue.id, offered);
    if (result.ok) return redirectAfterPost(reply, `/newsletter/redaktion/${issue.id}?stand=gespeichert`);
    return showForm(request, reply, { id: issue.id, values: formValues(request.body), errors: result.errors, offered }, 422);
  });

  await app.register(sendingRoutes);
  await app.register(subscriberRoutes);
}
