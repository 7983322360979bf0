import type { FastifyInstance, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { text } from "../../../../platform/forms.ts";
import { notFound } from "../../../../platform/errors.ts";
import { listFormats } from "../../queries/events.ts";
import { saveFormat } from "../commands/save-format.ts";
import { FormatForm, FormatsPage, formatValues } from "../views/formats.tsx";
import { requireTeam } from "../../routes/guards.ts";
import { translateValidation } from "../../../../platform/http/validation.ts";

const idParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const body = Type.Object(
  { title: Type.String({ maxLength: 120 }), description: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: Type.String({ maxLength: 200 }) },
);

export async function formatRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  const team = async (request: FastifyRequest) => (await requireTeam(request, db)).program;

  router.get(
    "/programm/formate",
    { schema: { querystring: Type.Object({ stand: Type.Optional(Type.String({ maxLength: 20 })) }) } },
    async (request, reply) => {
      const program = await team(request);
      return sendPage(
        reply,
        FormatsPage({ ctx: pageContext(request, reply), list: await listFormats(db, program.id), saved: request.query.stand === "gespeichert" }),
      );
    },
  );

  router.get("/programm/formate/:id/bearbeiten", { schema: { params: idParams } }, async (request, reply) => {
    const program = await team(request);
    const format = (await listFormats(db, program.id)).find((f) => f.id === request.params.id);
    if (!format) throw notFound("Das Format");
    return sendPage(reply, FormatForm({ ctx: pageContext(request, reply, { forms: true }), format, values: formatValues(format), errors: {} }));
  });

  router.post("/programm/formate/:id/bearbeiten", { attachValidation: true, schema: { params: idParams, body } }, async (request, reply) => {
    const program = await team(request);
    const format = (await listFormats(db, program.id)).find((f) => f.id === Number((request.params as { id: unknown }).id));
    if (!format) throw notFound("Das Format");
    const input = (request.body ?? {}) as Record<string, unknown>;
    const result = await saveFormat(db, program.id, format.id, input, translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, "/programm/formate?stand=gespeichert");
    const values = Object.fromEntries(
      ["title", "description", "obligee", "required", "byModule", "freeSeats", "applicationDeadline"].map((k) => [k, text(input[k])]),
    );
    return sendPage(reply, FormatForm({ ctx: pageContext(request, reply, { forms: true }), format, values, errors: result.errors }), 422);
  });
}
