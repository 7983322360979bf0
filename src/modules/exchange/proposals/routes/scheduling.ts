import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { AppError, forbidden } from "../../../../platform/errors.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import { eventFormProblems, holidayWarnings, listFormats, type EventInput } from "../../../program/index.ts";
import { policies } from "../policies.ts";
import { scheduleProposal } from "../commands/schedule-proposal.ts";
import { proposalParams, scheduleBody } from "../schemas.ts";
import { scheduleTexts } from "../texts.ts";
import type { Proposal } from "../queries.ts";
import { SchedulePage } from "../views/schedule.tsx";
import { proposalOf, proposalsBase as base, requireParticipant } from "./guards.ts";

/** The format a proposal's occasion usually becomes: a working-group meeting, or the open "Kommune gestaltet!". */
const formatKindOf = { ag: "workingGroupMeeting", festival: "openOnlineEvent" } as const;

/** "Termin aus Vorschlag anlegen": the team makes a program event of an accepted proposal, which then links to it. */
export async function schedulingRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  /** The team, an accepted proposal without a date, and the formats a single-day event can have. */
  async function acceptedProposal(request: FastifyRequest, id: number) {
    const { user, program } = await requireParticipant(request, db);
    if (!policies.decide(user)) throw forbidden();
    const proposal = await proposalOf(db, program.id, id);
    if (proposal.status !== "accepted") throw new AppError(409, "proposal_not_accepted", scheduleTexts.notAccepted);
    const formats = (await listFormats(db, program.id)).filter((f) => !f.rule.byModule);
    return { program, proposal, formats };
  }
  function show(
    request: FastifyRequest,
    reply: FastifyReply,
    proposal: Proposal,
    form: { formats: { id: number; title: string }[]; values: FormValues; errors: FieldErrors; holidays: string[] },
  ) {
    const failed = Object.keys(form.errors).length > 0 || form.holidays.length > 0;
    return sendPage(reply, SchedulePage({ ctx: pageContext(request, reply, { forms: true }), view: { proposal, ...form } }), failed ? 422 : 200);
  }

  router.get(`${base}/:id/termin`, { schema: { params: proposalParams } }, async (request, reply) => {
    const { proposal, formats } = await acceptedProposal(request, request.params.id);
    const format = formats.find((f) => f.kind === formatKindOf[proposal.occasion]);
    const values = { title: proposal.title, formatId: format ? String(format.id) : "", description: proposal.description };
    return show(request, reply, proposal, { formats, values, errors: {}, holidays: [] });
  });

  router.post(`${base}/:id/termin`, { attachValidation: true, schema: { params: proposalParams, body: scheduleBody } }, async (request, reply) => {
    const schemaErrors = formErrors(request);
    const { program, proposal, formats } = await acceptedProposal(request, request.params.id);
    const body = request.body;
    const errors: FieldErrors = { ...eventFormProblems(body ?? {}), ...schemaErrors };
    const format = formats.find((f) => f.id === body?.formatId);
    if (!errors.formatId && !format) errors.formatId = "Bitte wählen Sie ein Format aus der Liste.";
    if (Object.keys(errors).length || !format) return show(request, reply, proposal, { formats, values: body ?? {}, errors, holidays: [] });
    const holidays = body.despiteHolidays ? [] : await holidayWarnings(db, program.id, body.d0_date ? [body.d0_date] : []);
    if (holidays.length) return show(request, reply, proposal, { formats, values: body, errors: {}, holidays });
    const input: EventInput = { ...body, audience: format.kind === "openOnlineEvent" ? "public" : "cohort", cancelled: false };
    const result = await scheduleProposal(db, program.id, proposal.id, input);
    if (result.ok) return redirectAfterPost(reply, `${base}/${proposal.id}?stand=terminiert`);
    return show(request, reply, proposal, { formats, values: body, errors: result.errors, holidays: [] });
  });
}
