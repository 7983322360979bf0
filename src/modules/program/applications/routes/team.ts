import type { FastifyInstance, FastifyRequest, FastifyReply } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { text } from "../../../../platform/forms.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { policies } from "../../policies.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { deadlinePassed, findApplicationFormat, listApplications, type ApplicationFormat } from "../queries.ts";
import { pendingCounts, proposeDecisions } from "../rules/decisions.ts";
import { sendDecisions, setOverride, type OverrideValue } from "../commands/send-decisions.ts";
import { messages, sentNotice } from "../texts.ts";
import { TeamApplicationsPage } from "../views/team.tsx";

const id = Type.Integer({ minimum: 1, maximum: 2_147_483_647 });
const count = Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000 }));
const pageQuery = Type.Object({ stand: Type.Optional(Type.String({ maxLength: 20 })), zusagen: count, warteliste: count, absagen: count });
const overrideValues: readonly string[] = ["include", "exclude", "none"];

/** The team's selection of applicants: proposal, overrides and the decision mails. Personal data: team only. */
export async function teamApplicationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { mailer, config } = app.deps;

  async function teamFormat(request: FastifyRequest, formatId: unknown): Promise<ApplicationFormat> {
    const user = requireUser(request);
    if (!policies.manageProgram(user)) throw forbidden();
    const format = Number.isInteger(Number(formatId)) ? await findApplicationFormat(db, { id: Number(formatId) }) : null;
    if (!format) throw notFound("Die Ausschreibung");
    return format;
  }

  async function render(
    request: FastifyRequest,
    reply: FastifyReply,
    format: ApplicationFormat,
    extra: { notice?: string; error?: string } = {},
    status = 200,
  ) {
    const rows = await listApplications(db, format.id);
    const { selection, decisions } = proposeDecisions(rows, format.freeSeats);
    const view = { format, rows, selection, decisions, pending: pendingCounts(rows, decisions), canSend: deadlinePassed(format, todayInGermany()), ...extra };
    return sendPage(reply, TeamApplicationsPage({ ctx: pageContext(request, reply), view }), status);
  }

  router.get("/programm/bewerbungen/:formatId", { schema: { params: Type.Object({ formatId: id }), querystring: pageQuery } }, async (request, reply) => {
    const format = await teamFormat(request, request.params.formatId);
    const query = request.query;
    const notice =
      query.stand === "gesetzt"
        ? messages.overrideSaved
        : query.stand === "versandt"
          ? sentNotice({ accepted: query.zusagen ?? 0, waitlisted: query.warteliste ?? 0, rejected: query.absagen ?? 0 })
          : undefined;
    return render(request, reply, format, { notice });
  });

  router.post(
    "/programm/bewerbungen/:formatId/:applicationId/override",
    { attachValidation: true, schema: { params: Type.Object({ formatId: id, applicationId: id }) } },
    async (request, reply) => {
      const params = request.params as { formatId: unknown; applicationId: unknown };
      const format = await teamFormat(request, params.formatId);
      const value = text((request.body as Record<string, unknown> | undefined)?.value);
      if (!overrideValues.includes(value)) return render(request, reply, format, { error: messages.badOverride }, 422);
      const applicationId = Number(params.applicationId);
      const result = Number.isInteger(applicationId) ? await setOverride(db, format.id, applicationId, value as OverrideValue) : "notFound";
      if (result === "notFound") throw notFound("Die Bewerbung");
      if (result === "alreadySent") return render(request, reply, format, { error: messages.alreadySent }, 409);
      return redirectAfterPost(reply, `/programm/bewerbungen/${format.id}?stand=gesetzt#bewerbung-${applicationId}`);
    },
  );

  router.post(
    "/programm/bewerbungen/:formatId/versenden",
    { attachValidation: true, schema: { params: Type.Object({ formatId: id }) } },
    async (request, reply) => {
      const format = await teamFormat(request, (request.params as { formatId: unknown }).formatId);
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (!deadlinePassed(format, todayInGermany())) return render(request, reply, format, { error: messages.notYet(format) }, 409);
      if (text(body.bestaetigt) !== "ja") return render(request, reply, format, { error: messages.confirm }, 422);
      const expected = /^\d{1,7}$/.test(text(body.anzahl)) ? Number(text(body.anzahl)) : -1;
      const result = await sendDecisions(db, mailer, format, config.baseUrl, expected);
      if (!result.ok) return render(request, reply, format, { error: messages.changed }, 409);
      const counts = result.counts;
      return redirectAfterPost(
        reply,
        `/programm/bewerbungen/${format.id}?stand=versandt&zusagen=${counts.accepted}&warteliste=${counts.waitlisted}&absagen=${counts.rejected}`,
      );
    },
  );
}
