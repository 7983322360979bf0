import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { forbidden } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { policies } from "../policies.ts";
import { publishReport } from "../commands/publish-report.ts";
import { returnReport } from "../commands/return-report.ts";
import { reportsInReview } from "../queries.ts";
import { noticeQuery, reportParams, returnBody } from "../schemas.ts";
import { notices } from "../texts.ts";
import { ReviewPage } from "../views/lists.tsx";
import { reviewedReport, showReport } from "./guards.ts";

/** The team's review: reports handed in, published or sent back with a note. */
export async function reviewRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/austausch/pruefung", { schema: { querystring: noticeQuery } }, async (request, reply) => {
    if (!policies.reviewReports(requireUser(request))) throw forbidden();
    const notice = notices[request.query.stand ?? ""];
    return sendPage(reply, ReviewPage({ ctx: pageContext(request, reply), reports: await reportsInReview(db), notice }));
  });

  router.post("/austausch/berichte/:id/veroeffentlichen", { schema: { params: reportParams } }, async (request, reply) => {
    const report = await reviewedReport(request, db, request.params.id);
    if (!(await publishReport(db, report.id, todayInGermany())).ok) return showReport(request, reply, report, {}, 409);
    return redirectAfterPost(reply, `/austausch/berichte/${report.id}?stand=veroeffentlicht`);
  });

  router.post(
    "/austausch/berichte/:id/zurueckgeben",
    { attachValidation: true, schema: { params: reportParams, body: returnBody } },
    async (request, reply) => {
      const report = await reviewedReport(request, db, request.params.id);
      const note = request.body.reviewNote;
      const result = await unlessInvalid(formErrors(request), () => returnReport(db, report.id, note));
      if (!result.ok) return showReport(request, reply, report, { reviewErrors: result.errors, reviewNote: typeof note === "string" ? note : "" }, 422);
      return redirectAfterPost(reply, "/austausch/pruefung?stand=zurueck");
    },
  );
}
