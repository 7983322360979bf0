import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { text, type FieldErrors } from "../../../../platform/forms.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { currentProgram, loadObligationInput } from "../../queries/events.ts";
import { policies } from "../../policies.ts";
import { todayInGermany } from "../../../../platform/dates.ts";
import { candidates, changeTandem, listMemberships } from "../commands/change-tandem.ts";
import { TandemsPage } from "../views/tandems.tsx";
import { translateValidation } from "../../../../platform/http/validation.ts";

const body = Type.Object({
  municipalityId: Type.String({ maxLength: 12 }),
  role: Type.String({ maxLength: 30 }),
  userId: Type.String({ maxLength: 12 }),
  fromDate: Type.String({ maxLength: 10 }),
});

export async function tandemRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function page(request: FastifyRequest, reply: FastifyReply, values: Record<string, string>, errors: FieldErrors, status = 200) {
    const user = requireUser(request);
    if (!policies.manageProgram(user)) throw forbidden();
    const program = await currentProgram(db);
    if (!program) throw notFound("Das Programm");
    const cohort = (await loadObligationInput(db, program.id, todayInGermany())).municipalities;
    const view = {
      ctx: pageContext(request, reply, { forms: true }),
      cohort,
      memberships: await listMemberships(db, program.id),
      people: await candidates(
        db,
        cohort.map((c) => c.id),
      ),
      values,
      errors,
      saved: (request.query as { stand?: string }).stand === "gespeichert",
    };
    return sendPage(reply, TandemsPage(view), status);
  }

  router.get("/programm/tandems", { schema: { querystring: Type.Object({ stand: Type.Optional(Type.String({ maxLength: 20 })) }) } }, (request, reply) =>
    page(request, reply, {}, {}),
  );

  router.post("/programm/tandems", { attachValidation: true, schema: { body } }, async (request, reply) => {
    const user = requireUser(request);
    if (!policies.manageProgram(user)) throw forbidden();
    const program = await currentProgram(db);
    if (!program) throw notFound("Das Programm");
    const input = (request.body ?? {}) as Record<string, unknown>;
    const result = await changeTandem(db, program.id, input, translateValidation(request.validationError?.validation));
    if (result.ok) return redirectAfterPost(reply, "/programm/tandems?stand=gespeichert");
    const values = Object.fromEntries(["municipalityId", "role", "userId", "fromDate"].map((k) => [k, text(input[k])]));
    return page(request, reply, values, result.errors, 422);
  });
}
