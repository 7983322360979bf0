import type { FastifyInstance, FastifyRequest, FastifyReply } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { notFound } from "../../../../platform/errors.ts";
import type { Db } from "../../../../db/client.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { requireTeam } from "../../routes/guards.ts";
import { deadlinePassed, findApplicationFormat, listApplications, type ApplicationFormat } from "../queries.ts";
import { pendingCounts, proposeDecisions } from "../rules/decisions.ts";
import { setOverride } from "../commands/set-override.ts";
import { sendDecisions } from "../commands/send-decisions.ts";
import { applicationParams, formatParams, overrideBody, sendBody, teamQuery } from "../schemas.ts";
import { policies } from "../policies.ts";
import { formTexts, messages, sentNotice } from "../texts.ts";
import { TeamApplicationsPage } from "../views/team.tsx";

/** Renders the team's page for the current state of the applications. */
function teamPage(db: Db) {
  return async (request: FastifyRequest, reply: FastifyReply, format: ApplicationFormat, extra: { notice?: string; error?: string } = {}, status = 200) => {
    const rows = await listApplications(db, format.id);
    const { selection, decisions } = proposeDecisions(rows, format.freeSeats);
    const view = { format, rows, selection, decisions, pending: pendingCounts(rows, decisions), canSend: deadlinePassed(format, todayInGermany()), ...extra };
    return sendPage(reply, TeamApplicationsPage({ ctx: pageContext(request, reply), view }), status);
  };
}

/** The team's selection of applicants: proposal, overrides and the decision mails. Personal data: team only. */
export async function teamApplicationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { config } = app.deps;

  async function teamFormat(request: FastifyRequest, formatId: number): Promise<ApplicationFormat> {
    await requireTeam(request, db, policies.selectApplicants);
    return (await findApplicationFormat(db, { id: formatId })) ?? Promise.reject(notFound(formTexts.notFound));
  }

  const render = teamPage(db);

  router.get("/programm/bewerbungen/:formatId", { schema: { params: formatParams, querystring: teamQuery } }, async (request, reply) => {
    const format = await teamFormat(request, request.params.formatId);
    const query = request.query;
    const sent = { accepted: query.zusagen ?? 0, waitlisted: query.warteliste ?? 0, rejected: query.absagen ?? 0 };
    const notice = query.stand === "gesetzt" ? messages.overrideSaved : query.stand === "versandt" ? sentNotice(sent) : undefined;
    return render(request, reply, format, { notice });
  });

  router.post(
    "/programm/bewerbungen/:formatId/:applicationId/override",
    { attachValidation: true, schema: { params: applicationParams, body: overrideBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const format = await teamFormat(request, request.params.formatId);
      if (errors.value) return render(request, reply, format, { error: messages.badOverride }, 422);
      if (errors.replaces) return render(request, reply, format, { error: messages.chooseReplaced }, 422);
      const { applicationId } = request.params;
      const result = await setOverride(db, format, applicationId, request.body);
      if (!result.ok && result.errors.form) throw notFound(formTexts.applicationNotFound);
      if (!result.ok && result.errors.replaces) return render(request, reply, format, { error: result.errors.replaces }, 422);
      if (!result.ok) return render(request, reply, format, { error: messages.alreadySent }, 409);
      return redirectAfterPost(reply, `/programm/bewerbungen/${format.id}?stand=gesetzt#bewerbung-${applicationId}`);
    },
  );

  router.post(
    "/programm/bewerbungen/:formatId/versenden",
    { attachValidation: true, schema: { params: formatParams, body: sendBody } },
    async (request, reply) => {
      const invalid = Object.keys(formErrors(request)).length > 0;
      const format = await teamFormat(request, request.params.formatId);
      if (!deadlinePassed(format, todayInGermany())) return render(request, reply, format, { error: messages.notYet(format) }, 409);
      if (invalid || request.body.bestaetigt !== true) return render(request, reply, format, { error: messages.confirm }, 422);
      const expected = request.body.anzahl ?? -1;
      const result = await sendDecisions(db, format, config.baseUrl, expected);
      if (!result.ok) return render(request, reply, format, { error: messages.changed }, 409);
      const counts = result.value;
      return redirectAfterPost(
        reply,
        `/programm/bewerbungen/${format.id}?stand=versandt&zusagen=${counts.accepted}&warteliste=${counts.waitlisted}&absagen=${counts.rejected}`,
      );
    },
  );
}
