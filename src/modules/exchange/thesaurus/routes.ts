import type { FastifyInstance, FastifyRequest } from "fastify";
import { Type, type TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../platform/http/pages.ts";
import { text } from "../../../platform/forms.ts";
import { forbidden, notFound } from "../../../platform/errors.ts";
import { requireUser } from "../../../platform/auth/plugin.ts";
import { deleteSynonyms, listSynonyms } from "../../../platform/search/thesaurus.ts";
import { policies } from "../policies.ts";
import { saveSynonymGroup } from "./commands.ts";
import { ThesaurusPage } from "./views.tsx";
import { translateValidation } from "../../../platform/http/validation.ts";

const idParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });
const body = Type.Object({ expressions: Type.String({ maxLength: 5000 }) }, { additionalProperties: Type.String({ maxLength: 200 }) });
const notices: Record<string, string> = { gespeichert: "Die Gruppe ist gespeichert.", geloescht: "Die Gruppe ist gelöscht." };

export async function thesaurusRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const team = (request: FastifyRequest) => {
    if (!policies.editThesaurus(requireUser(request))) throw forbidden();
  };

  router.get("/austausch/thesaurus", async (request, reply) => {
    team(request);
    const notice = notices[text((request.query as Record<string, unknown>)?.stand)];
    return sendPage(reply, ThesaurusPage({ ctx: pageContext(request, reply, { forms: true }), groups: await listSynonyms(db), notice }));
  });

  const save = (path: string, withId: boolean) =>
    router.post(path, { attachValidation: true, schema: { body, ...(withId ? { params: idParams } : {}) } }, async (request, reply) => {
      team(request);
      const groups = await listSynonyms(db);
      const id = withId ? Number((request.params as { id: unknown }).id) : null;
      if (id !== null && !groups.some((g) => g.id === id)) throw notFound("Die Gruppe");
      const input = (request.body ?? {}) as Record<string, unknown>;
      const result = await saveSynonymGroup(db, id, input, translateValidation(request.validationError?.validation));
      if (result.ok) return redirectAfterPost(reply, "/austausch/thesaurus?stand=gespeichert");
      const message = result.errors.expressions ?? Object.values(result.errors)[0];
      const editing = { id, value: text(input.expressions), message };
      return sendPage(reply, ThesaurusPage({ ctx: pageContext(request, reply, { forms: true }), groups, editing }), 422);
    });
  save("/austausch/thesaurus", false);
  save("/austausch/thesaurus/:id", true);

  router.post("/austausch/thesaurus/:id/loeschen", { schema: { params: idParams } }, async (request, reply) => {
    team(request);
    if (!(await deleteSynonyms(db, request.params.id))) throw notFound("Die Gruppe");
    return redirectAfterPost(reply, "/austausch/thesaurus?stand=geloescht");
  });
}
