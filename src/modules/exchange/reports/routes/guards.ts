import type { FastifyReply, FastifyRequest } from "fastify";
import type { Db } from "../../../../db/client.ts";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { forbidden, notFound, unauthenticated } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { readerAudiences } from "../../policies.ts";
import { mayRead, policies } from "../policies.ts";
import { findReport, type Report } from "../queries.ts";
import { messages, notices } from "../texts.ts";
import { ReportPage, type ReportPageProps } from "../views/report-page.tsx";

/** A report the reader may read; drafts stay hidden entirely, a published report names no title to those outside its audience. */
export async function readableReport(request: FastifyRequest, db: Db, reportId: number): Promise<Report> {
  const report = await findReport(db, reportId);
  if (!report) throw notFound(messages.report);
  if (await mayRead(db, request.user, await readerAudiences(db, request.user), report)) return report;
  if (report.status !== "published") throw notFound(messages.report);
  throw request.user ? forbidden() : unauthenticated();
}

/** A report the signed-in user may change: the team, or a member of its municipality. */
export async function editableReport(request: FastifyRequest, db: Db, reportId: number): Promise<Report> {
  const user = requireUser(request);
  const report = await findReport(db, reportId);
  if (!report) throw notFound(messages.report);
  if (!policies.editReport(user, report.municipalityId)) throw forbidden();
  return report;
}

/** A report under review, for the team. */
export async function reviewedReport(request: FastifyRequest, db: Db, reportId: number): Promise<Report> {
  if (!policies.reviewReports(requireUser(request))) throw forbidden();
  return (await findReport(db, reportId)) ?? Promise.reject(notFound(messages.report));
}

/** The report's page, with a notice after a change or a form that came back (`extra`). */
export function showReport(
  request: FastifyRequest,
  reply: FastifyReply,
  report: Report,
  extra: Partial<ReportPageProps> & { stand?: string } = {},
  status = 200,
) {
  const user = request.user;
  const { stand, ...rest } = extra;
  const props: ReportPageProps = {
    ctx: pageContext(request, reply, { forms: true }),
    report,
    canEdit: policies.editReport(user, report.municipalityId),
    canReview: policies.reviewReports(user),
    showContactEmail: user !== null,
    notice: notices[stand ?? ""],
    ...rest,
  };
  return sendPage(reply, ReportPage(props), status);
}
