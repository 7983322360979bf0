import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import type { FieldErrors, FormValues } from "../../../../platform/forms.ts";
import { cohortOf } from "../../queries/obligation-input.ts";
import { requireTeam } from "../../routes/guards.ts";
import { changeTandem } from "../commands/change-tandem.ts";
import { candidates, listMemberships } from "../queries.ts";
import { tandemChangeBody, tandemsQuery } from "../schemas.ts";
import { policies } from "../policies.ts";
import { TandemsPage } from "../views/tandems.tsx";

export async function tandemRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function page(
    request: FastifyRequest,
    reply: FastifyReply,
    programId: number,
    form: { values: FormValues; errors: FieldErrors; saved: boolean },
    status = 200,
  ) {
    const cohort = await cohortOf(db, programId);
    const view = {
      ctx: pageContext(request, reply, { forms: true }),
      cohort,
      memberships: await listMemberships(db, programId),
      people: await candidates(
        db,
        cohort.map((c) => c.id),
      ),
      ...form,
    };
    return sendPage(reply, TandemsPage(view), status);
  }

  router.get("/programm/tandems", { schema: { querystring: tandemsQuery } }, async (request, reply) => {
    const { program } = await requireTeam(request, db, policies.manageTandems);
    return page(request, reply, program.id, { values: {}, errors: {}, saved: request.query.stand === "gespeichert" });
  });

  router.post("/programm/tandems", { attachValidation: true, schema: { body: tandemChangeBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const { program } = await requireTeam(request, db, policies.manageTandems);
    const result = await unlessInvalid(errors, () => changeTandem(db, program.id, request.body));
    if (result.ok) return redirectAfterPost(reply, "/programm/tandems?stand=gespeichert");
    return page(request, reply, program.id, { values: request.body, errors: result.errors, saved: false }, 422);
  });
}
