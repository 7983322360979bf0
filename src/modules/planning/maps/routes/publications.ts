import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { notFound } from "../../../../platform/errors.ts";
import { formTexts, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { planningAccess, workbenchPath } from "../../routes/access.ts";
import { slugParams } from "../../schemas.ts";
import { publishMap } from "../commands/publish-map.ts";
import { publishIndexMap } from "../commands/publish-index.ts";
import { withdrawMap } from "../commands/withdraw-map.ts";
import { planningBasis, publicationsOf } from "../queries.ts";
import { publicationParams, publicationsQuery, publishBody, publishIndexBody } from "../schemas.ts";
import { mapTexts, publicationNotices } from "../texts.ts";
import { PublicationsPage } from "../views/publications-page.tsx";

/** The list of published maps with the publish form (and its messages: 422 when there are any). */
async function publicationsPage(
  request: FastifyRequest,
  reply: FastifyReply,
  view: { slug: string; notice: string | null; values: FormValues; errors: FieldErrors },
) {
  const { municipality, canEdit } = await planningAccess(request, view.slug, "view");
  const db = request.server.deps.database.db;
  const [basis, publications] = await Promise.all([planningBasis(db, municipality.id), publicationsOf(db, municipality.id)]);
  const page = PublicationsPage({
    ctx: pageContext(request, reply, { forms: canEdit }),
    municipality,
    base: workbenchPath(municipality),
    canEdit,
    publications,
    indicators: basis?.indicators ?? [],
    periods: basis?.periods ?? [],
    notice: view.notice,
    values: view.values,
    errors: view.errors,
  });
  return sendPage(reply, page, Object.keys(view.errors).length ? 422 : 200);
}

/** The workbench's list of published maps: publish (editors), withdraw (editors), list (members). */
export async function publicationRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/kommunen/:slug/planung/veroeffentlichungen", { schema: { params: slugParams, querystring: publicationsQuery } }, async (request, reply) => {
    const { stand, indikator, zeitraum } = request.query;
    const notice = Object.hasOwn(publicationNotices, stand ?? "") ? publicationNotices[stand!]! : null;
    return publicationsPage(request, reply, {
      slug: request.params.slug,
      notice,
      values: { indicatorKey: indikator ?? "", period: zeitraum ?? "" },
      errors: {},
    });
  });

  router.post(
    "/kommunen/:slug/planung/veroeffentlichungen",
    { attachValidation: true, schema: { params: slugParams, body: publishBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const { municipality } = await planningAccess(request, request.params.slug, "edit");
      const result = await unlessInvalid(errors, () => publishMap(db, municipality.id, request.body));
      if (result.ok) return redirectAfterPost(reply, `${workbenchPath(municipality)}/veroeffentlichungen?stand=veroeffentlicht`);
      return publicationsPage(request, reply, { slug: request.params.slug, notice: null, values: formTexts(request.body), errors: result.errors });
    },
  );

  router.post(
    "/kommunen/:slug/planung/veroeffentlichungen/analyse",
    { attachValidation: true, schema: { params: slugParams, body: publishIndexBody } },
    async (request, reply) => {
      const errors = formErrors(request);
      const { municipality } = await planningAccess(request, request.params.slug, "edit");
      const result = await unlessInvalid(errors, () => publishIndexMap(db, municipality.id, request.body));
      if (result.ok) return redirectAfterPost(reply, `${workbenchPath(municipality)}/veroeffentlichungen?stand=veroeffentlicht`);
      const message = Object.values(result.errors).join(" ");
      return publicationsPage(request, reply, {
        slug: request.params.slug,
        notice: null,
        values: {},
        errors: { form: `Der Index wurde nicht veröffentlicht. ${message}` },
      });
    },
  );

  router.post("/kommunen/:slug/planung/veroeffentlichungen/:id/zurueckziehen", { schema: { params: publicationParams } }, async (request, reply) => {
    const { municipality } = await planningAccess(request, request.params.slug, "edit");
    if (!(await withdrawMap(db, municipality.id, request.params.id))) throw notFound(mapTexts.publicationNotFound);
    return redirectAfterPost(reply, `${workbenchPath(municipality)}/veroeffentlichungen?stand=zurueckgezogen`);
  });
}
