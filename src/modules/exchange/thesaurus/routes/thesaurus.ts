import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { deleteSynonyms, listSynonyms } from "../../../../platform/search/thesaurus.ts";
import { policies } from "../policies.ts";
import { groupParams, noticeQuery, synonymBody, type SynonymInput } from "../schemas.ts";
import { messages, notices } from "../texts.ts";
import { saveSynonymGroup } from "../commands/save-synonym-group.ts";
import { ThesaurusPage } from "../views/thesaurus.tsx";

/** The team's thesaurus of the problem finder: groups of expressions that mean the same. */
export async function thesaurusRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const team = (request: FastifyRequest) => {
    if (!policies.editThesaurus(requireUser(request))) throw forbidden();
  };

  router.get("/austausch/thesaurus", { schema: { querystring: noticeQuery } }, async (request, reply) => {
    team(request);
    const notice = notices[request.query.stand ?? ""];
    return sendPage(reply, ThesaurusPage({ ctx: pageContext(request, reply, { forms: true }), groups: await listSynonyms(db), notice }));
  });

  async function save(request: FastifyRequest, reply: FastifyReply, id: number | null, input: SynonymInput) {
    team(request);
    const errors = formErrors(request);
    const groups = await listSynonyms(db);
    if (id !== null && !groups.some((group) => group.id === id)) throw notFound(messages.group);
    const result = await unlessInvalid(errors, () => saveSynonymGroup(db, id, input));
    if (result.ok) return redirectAfterPost(reply, "/austausch/thesaurus?stand=gespeichert");
    const message = result.errors.expressions ?? Object.values(result.errors)[0];
    const editing = { id, value: input.expressions ?? "", message };
    return sendPage(reply, ThesaurusPage({ ctx: pageContext(request, reply, { forms: true }), groups, editing }), 422);
  }

  router.post("/austausch/thesaurus", { attachValidation: true, schema: { body: synonymBody } }, async (request, reply) =>
    save(request, reply, null, request.body),
  );
  router.post("/austausch/thesaurus/:id", { attachValidation: true, schema: { params: groupParams, body: synonymBody } }, async (request, reply) =>
    save(request, reply, request.params.id, request.body),
  );

  router.post("/austausch/thesaurus/:id/loeschen", { schema: { params: groupParams } }, async (request, reply) => {
    team(request);
    if (!(await deleteSynonyms(db, request.params.id))) throw notFound(messages.group);
    return redirectAfterPost(reply, "/austausch/thesaurus?stand=geloescht");
  });
}
