import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { redirectAfterPost } from "../../../../platform/http/pages.ts";
import { formErrors } from "../../../../platform/http/validation.ts";
import { formTexts } from "../../../../platform/forms.ts";
import { unlessInvalid } from "../../../../platform/commands.ts";
import { planningAccess, workbenchPath } from "../../routes/access.ts";
import { slugParams } from "../../schemas.ts";
import { importAreas } from "../commands/import-areas.ts";
import { createAreaList } from "../commands/create-area-list.ts";
import { importBody, listBody } from "../schemas.ts";
import { fileTexts } from "../texts.ts";
import { showAreasPage } from "./areas.ts";
import { areaUpload, partsAsText, uploadedFile } from "./uploads.ts";

/** A new cut from a file (GeoJSON, zipped Shapefile) or from a typed list. Editors of the municipality only. */
export async function areaImportRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.post(
    "/kommunen/:slug/planung/gebiete/import",
    { attachValidation: true, schema: { params: slugParams, body: importBody }, config: areaUpload, preValidation: partsAsText },
    async (request, reply) => {
      const errors = formErrors(request);
      const { municipality } = await planningAccess(request, request.params.slug, "edit");
      const body = request.body ?? {};
      const values = formTexts({ ...body, datei: "" });
      const refuse = (fieldErrors: Record<string, string>, status = 422) =>
        showAreasPage(request, reply, request.params.slug, { importForm: { values, errors: fieldErrors } }, status);
      const file = uploadedFile(body.datei);
      if (!file) return refuse({ ...errors, datei: fileTexts.noFile });
      if (file.file.truncated) return refuse({ datei: fileTexts.tooLarge }, 413);
      const data = await file.toBuffer();
      const result = await unlessInvalid(errors, () => importAreas(db, municipality.id, { name: file.filename, data }, body));
      if (!result.ok) return refuse(result.errors);
      return redirectAfterPost(reply, `${workbenchPath(municipality)}/gebiete?stand=importiert`);
    },
  );

  router.post("/kommunen/:slug/planung/gebiete/liste", { attachValidation: true, schema: { params: slugParams, body: listBody } }, async (request, reply) => {
    const errors = formErrors(request);
    const { municipality } = await planningAccess(request, request.params.slug, "edit");
    const result = await unlessInvalid(errors, () => createAreaList(db, municipality.id, request.body));
    if (!result.ok) return showAreasPage(request, reply, request.params.slug, { listForm: { values: formTexts(request.body), errors: result.errors } }, 422);
    return redirectAfterPost(reply, `${workbenchPath(municipality)}/gebiete?stand=liste`);
  });
}
