import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { planningAccess, workbenchPath } from "../../routes/access.ts";
import { slugParams } from "../../schemas.ts";
import { chooseEditors } from "../commands/choose-editors.ts";
import { policies } from "../policies.ts";
import { membersOf } from "../queries.ts";
import { editorsBody, editorsQuery } from "../schemas.ts";
import { editorTexts } from "../texts.ts";
import { EditorsPage } from "../views/editors.tsx";

type Access = Awaited<ReturnType<typeof planningAccess>>;

async function editorsPage(request: FastifyRequest, reply: FastifyReply, access: Access, notice: string | null, errors: FieldErrors) {
  const members = await membersOf(request.server.deps.database.db, access.municipality.id);
  const page = EditorsPage({
    ctx: pageContext(request, reply, { forms: true }),
    municipality: access.municipality,
    byRole: members.filter((member) => !policies.needsLeave(member)),
    staff: members.filter(policies.needsLeave).map((member) => ({ ...member, allowed: access.owner.editorIds.includes(member.id) })),
    notice,
    errors,
  });
  return sendPage(reply, page, Object.keys(errors).length ? 422 : 200);
}

/** The leader allows members to change planning data (planning_editors). */
export async function editorRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const path = "/kommunen/:slug/planung/berechtigungen";

  router.get(path, { schema: { params: slugParams, querystring: editorsQuery } }, async (request, reply) => {
    const access = await planningAccess(request, request.params.slug, "manage");
    return editorsPage(request, reply, access, request.query.stand === "gespeichert" ? editorTexts.saved : null, {});
  });

  router.post(path, { attachValidation: true, schema: { params: slugParams, body: editorsBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const access = await planningAccess(request, request.params.slug, "manage");
    const result = await unlessInvalid(errors, () => chooseEditors(db, access.municipality.id, request.body.editor ?? []));
    if (result.ok) return redirectAfterPost(reply, `${workbenchPath(access.municipality)}/berechtigungen?stand=gespeichert`);
    return editorsPage(request, reply, access, null, result.errors);
  });
}
