import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../../db/client.ts";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import type { CurrentUser } from "../../../../platform/auth/current-user.ts";
import { bounces, confirmedCount, deliveryProgress, findIssue, type Issue } from "../queries.ts";
import { policies } from "../policies.ts";
import { IssueAdminPage, type Sending } from "../views/issue-admin.tsx";

/** The signed-in editor (admin, editor): 401 without a login, 403 for anyone else. */
export function requireEditor(request: FastifyRequest): CurrentUser {
  const user = requireUser(request);
  if (!policies.editNewsletter(user)) throw forbidden();
  return user;
}

/** The issue an editor opens; 404 when there is none. */
export async function editableIssue(request: FastifyRequest, db: Db, issueId: number): Promise<Issue> {
  requireEditor(request);
  const issue = await findIssue(db, issueId);
  if (!issue) throw notFound("Die Ausgabe");
  return issue;
}

/** A draft needs only how many will get it; once sending has started, how far it has come. */
async function sending(db: Db, issue: Issue): Promise<Sending> {
  if (issue.status === "draft") return { subscribers: await confirmedCount(db) };
  const [progress, bounced] = await Promise.all([deliveryProgress(db, issue.id), bounces(db, issue.id)]);
  return { progress, bounces: bounced };
}

export interface OverviewExtra {
  notice?: string;
  problem?: string;
  testEmail?: string;
  /** The schedule form as sent, shown back with its errors. */
  schedule?: { sendDate: string; sendTime: string };
  errors?: FieldErrors;
}

/** An issue's overview for the editors, with a notice, a problem or the test mail form's errors. */
export async function showOverview(request: FastifyRequest, reply: FastifyReply, db: Db, issue: Issue, extra: OverviewExtra = {}, status = 200) {
  const page = IssueAdminPage({ ctx: pageContext(request, reply, { forms: true }), issue, sending: await sending(db, issue), ...extra });
  return sendPage(reply, page, status);
}
