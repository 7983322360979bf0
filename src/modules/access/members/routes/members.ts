import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { requireUser } from "../../../../platform/auth/plugin.ts";
import { forbidden, notFound } from "../../../../platform/errors.ts";
import { formTexts, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import type { CurrentUser } from "../../../../platform/auth/current-user.ts";
import { findMunicipality, findMunicipalityById } from "../../../municipalities/index.ts";
import { findMember, membersOf } from "../queries.ts";
import { inviteMember } from "../commands/invite-member.ts";
import { changeMemberRole } from "../commands/change-member-role.ts";
import { removeMember } from "../commands/remove-member.ts";
import { agsOf, inviteBody, memberParams, membersQuery, roleBody, slugParams } from "../schemas.ts";
import { policies } from "../policies.ts";
import { notFoundTexts, notices } from "../texts.ts";
import { MembersPage } from "../views/members.tsx";

/** Authenticate, find the municipality of the address, authorise: the leader of this municipality or the admin. */
async function municipalityFor(request: FastifyRequest, slug: string) {
  const user = requireUser(request);
  const municipality = await findMunicipality(request.server.deps.database.db, agsOf(slug));
  if (!municipality) throw notFound(notFoundTexts.municipality);
  if (!policies.manageMembers(user, municipality)) throw forbidden();
  return { user, municipality };
}

/** A member of this municipality whom the user may change: not themselves. */
async function memberFor(request: FastifyRequest, user: CurrentUser, municipality: { id: number }, id: number) {
  const member = await findMember(request.server.deps.database.db, municipality.id, id);
  if (!member) throw notFound(notFoundTexts.member);
  if (!policies.changeMember(user, municipality, member)) throw forbidden();
  return member;
}

/** The members of a municipality: list, invite, change role, remove. */
export async function memberRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;
  const { baseUrl } = app.deps.config;

  async function membersPage(
    request: FastifyRequest,
    reply: FastifyReply,
    view: { slug: string; notice: string | null; values: FormValues; errors: FieldErrors },
  ) {
    const { user, municipality } = await municipalityFor(request, view.slug);
    const page = MembersPage({
      ctx: pageContext(request, reply, { forms: true }),
      municipality,
      members: await membersOf(db, municipality.id),
      selfId: user.id,
      ...view,
    });
    return sendPage(reply, page, Object.keys(view.errors).length ? 422 : 200);
  }

  // The leader's link in the account menu leads to their own municipality's members.
  router.get("/mitglieder", async (request, reply) => {
    const user = requireUser(request);
    const own = user.municipalityId === null ? null : await findMunicipalityById(db, user.municipalityId);
    if (!own || !policies.manageMembers(user, own)) throw forbidden();
    return reply.redirect(`/kommunen/${own.slug}/mitglieder`, 303);
  });

  router.get("/kommunen/:slug/mitglieder", { schema: { params: slugParams, querystring: membersQuery } }, async (request, reply) => {
    const notice = Object.hasOwn(notices, request.query.stand ?? "") ? notices[request.query.stand!] : null;
    return membersPage(request, reply, { slug: request.params.slug, notice, values: {}, errors: {} });
  });

  router.post("/kommunen/:slug/mitglieder/einladen", { attachValidation: true, schema: { params: slugParams, body: inviteBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const { user, municipality } = await municipalityFor(request, request.params.slug);
    const result = await unlessInvalid(errors, () => inviteMember(db, baseUrl, municipality, user.name, request.body));
    if (result.ok) return redirectAfterPost(reply, `/kommunen/${municipality.slug}/mitglieder?stand=eingeladen`);
    return membersPage(request, reply, { slug: request.params.slug, notice: null, values: formTexts(request.body), errors: result.errors });
  });

  router.post("/kommunen/:slug/mitglieder/:id/rolle", { schema: { params: memberParams, body: roleBody } }, async (request, reply) => {
    const { user, municipality } = await municipalityFor(request, request.params.slug);
    const member = await memberFor(request, user, municipality, request.params.id);
    await changeMemberRole(db, municipality.id, member.id, request.body.role);
    return redirectAfterPost(reply, `/kommunen/${municipality.slug}/mitglieder?stand=rolle`);
  });

  router.post("/kommunen/:slug/mitglieder/:id/entfernen", { schema: { params: memberParams } }, async (request, reply) => {
    const { user, municipality } = await municipalityFor(request, request.params.slug);
    const member = await memberFor(request, user, municipality, request.params.id);
    await removeMember(db, municipality.id, member.id);
    return redirectAfterPost(reply, `/kommunen/${municipality.slug}/mitglieder?stand=entfernt`);
  });
}
