import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { notFound } from "../../../../platform/errors.ts";
import { listFormats } from "../../queries/events.ts";
import { requireTeam } from "../../routes/guards.ts";
import { saveFormat } from "../commands/save-format.ts";
import { formatRuleProblems } from "../rules/format-rule.ts";
import { formatBody, formatParams, formatsQuery } from "../schemas.ts";
import { policies } from "../policies.ts";
import { formTexts } from "../texts.ts";
import { FormatForm, FormatsPage, formatValues } from "../views/formats.tsx";

export async function formatRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  const team = async (request: FastifyRequest) => (await requireTeam(request, db, policies.editFormats)).program;
  async function formatOf(programId: number, id: number) {
    const format = (await listFormats(db, programId)).find((f) => f.id === id);
    if (!format) throw notFound(formTexts.notFound);
    return format;
  }

  router.get("/programm/formate", { schema: { querystring: formatsQuery } }, async (request, reply) => {
    const program = await team(request);
    const list = await listFormats(db, program.id);
    const page = FormatsPage({ ctx: pageContext(request, reply), list, programEndsOn: program.endsOn, saved: request.query.stand === "gespeichert" });
    return sendPage(reply, page);
  });

  router.get("/programm/formate/:id/bearbeiten", { schema: { params: formatParams } }, async (request, reply) => {
    const format = await formatOf((await team(request)).id, request.params.id);
    return sendPage(reply, FormatForm({ ctx: pageContext(request, reply, { forms: true }), format, values: formatValues(format), errors: {} }));
  });

  router.post("/programm/formate/:id/bearbeiten", { attachValidation: true, schema: { params: formatParams, body: formatBody } }, async (request, reply) => {
    const errors = { ...formatRuleProblems(request.body), ...formErrors(request) };
    const program = await team(request);
    const format = await formatOf(program.id, request.params.id);
    const result = await unlessInvalid(errors, () => saveFormat(db, program.id, format.id, request.body));
    if (result.ok) return redirectAfterPost(reply, "/programm/formate?stand=gespeichert");
    return sendPage(reply, FormatForm({ ctx: pageContext(request, reply, { forms: true }), format, values: request.body, errors: result.errors }), 422);
  });
}
