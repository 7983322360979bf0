import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { notFound } from "../../../../platform/errors.ts";
import { formTexts, type FieldErrors, type FormValues } from "../../../../platform/forms.ts";
import { refused, unlessInvalid } from "../../../../platform/commands.ts";
import { planningAccess, workbenchPath } from "../../routes/access.ts";
import { findArea } from "../queries.ts";
import { updateArea } from "../commands/update-area.ts";
import { attachGeometry } from "../commands/attach-geometry.ts";
import { areaBody, areaParams, areasQuery } from "../schemas.ts";
import { editTexts, fileTexts, notices } from "../texts.ts";
import { AreaPage } from "../views/area-page.tsx";
import { areaUpload, partsAsText, uploadedFile } from "./uploads.ts";

/** One area: its page for members; for editors, in the current cut, its name, parent and geometry. */
export async function singleAreaRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  async function areaFor(request: FastifyRequest, slug: string, id: number, action: "view" | "edit") {
    const access = await planningAccess(request, slug, action);
    const found = await findArea(db, access.municipality.id, id);
    if (!found) throw notFound();
    return { ...access, ...found };
  }

  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    slug: string,
    id: number,
    view: { notice: string | null; values: FormValues; errors: FieldErrors },
    status = 200,
  ) {
    const { municipality, area, cut, canEdit } = await areaFor(request, slug, id, "view");
    return sendPage(reply, AreaPage({ ctx: pageContext(request, reply, { forms: canEdit }), municipality, area, cut, canEdit, ...view }), status);
  }

  router.get("/kommunen/:slug/planung/gebiete/:id", { schema: { params: areaParams, querystring: areasQuery } }, async (request, reply) => {
    const notice = Object.hasOwn(notices, request.query.stand ?? "") ? notices[request.query.stand!] : null;
    return show(request, reply, request.params.slug, request.params.id, { notice, values: {}, errors: {} });
  });

  router.post(
    "/kommunen/:slug/planung/gebiete/:id",
    { attachValidation: true, schema: { params: areaParams, body: areaBody }, config: areaUpload, preValidation: partsAsText },
    async (request, reply) => {
      const errors = formErrors(request);
      const { slug, id } = request.params;
      const { municipality, area, cut } = await areaFor(request, slug, id, "edit");
      const body = request.body ?? {};
      const values = formTexts({ ...body, datei: "" });
      const refuse = (fieldErrors: FieldErrors, status = 422) => show(request, reply, slug, id, { notice: null, values, errors: fieldErrors }, status);
      if (cut.replacedAt) return refuse({ name: editTexts.oldCut });
      const file = uploadedFile(body.datei);
      if (file?.file.truncated) return refuse({ datei: fileTexts.tooLarge }, 413);
      if (!file && request.isMultipart()) return refuse({ datei: fileTexts.noGeometryFile });
      const result = file
        ? await unlessInvalid(errors, async () => attachGeometry(db, area, { text: (await file.toBuffer()).toString("utf8"), crs: body.crs }))
        : await unlessInvalid(errors, async () =>
            body.name ? updateArea(db, area, { name: body.name, parentKey: body.parentKey ?? "" }) : refused({ name: editTexts.name }),
          );
      if (!result.ok) return refuse(result.errors);
      return redirectAfterPost(reply, `${workbenchPath(municipality)}/gebiete/${area.id}?stand=${file ? "geometrie" : "gespeichert"}`);
    },
  );
}
