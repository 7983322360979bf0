import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, redirectAfterPost, sendPage } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import type { Db } from "../../../../db/client.ts";
import { planningAccess, workbenchPath } from "../../routes/access.ts";
import { startImport } from "../commands/import-values.ts";
import { keepUpload } from "../commands/keep-upload.ts";
import { findImport, findMapping, mappingsOf, recentImports } from "../queries.ts";
import { longTableMapping, type Mapping } from "../rules/mapping.ts";
import { readTable, type Table } from "../rules/table.ts";
import { importParams, slugParams, uploadBody } from "../schemas.ts";
import { policies } from "../policies.ts";
import { importTexts } from "../texts.ts";
import { ImportPage } from "../views/import-page.tsx";
import { ValuesPage } from "../views/values-page.tsx";
import { mappingRoutes } from "./mapping.ts";

export const maxValueFileBytes = 50 * 1024 * 1024;

// Value files are larger than other uploads: this route raises the platform's 10 MB limit and reports a larger file itself.
const valueUpload = {
  uploads: policies.uploadValues,
  multipartOptions: { limits: { fileSize: maxValueFileBytes }, throwFileSizeLimit: false } as FastifyContextConfig["multipartOptions"],
};

type Access = Awaited<ReturnType<typeof planningAccess>>;

/** Runs an import and answers: the progress page for a long one, the report for a short one (422 when it found problems). */
export async function runImport(
  request: FastifyRequest,
  reply: FastifyReply,
  access: Access,
  input: { filename: string; table: Table; mapping: Mapping; uploadId?: number; mappingHref?: string },
) {
  const db = request.server.deps.database.db;
  const base = workbenchPath(access.municipality);
  const started = await startImport(db, { municipalityId: access.municipality.id, ...input });
  if (started.running) return redirectAfterPost(reply, `${base}/werte/import/${started.id}`);
  const entry = (await findImport(db, access.municipality.id, started.id))!;
  const page = ImportPage({ ctx: pageContext(request, reply), base, municipality: access.municipality.name, entry, mappingHref: input.mappingHref });
  return sendPage(reply, page, started.outcome!.ok ? 200 : 422);
}

async function valuesPage(db: Db, request: FastifyRequest, reply: FastifyReply, access: Access, errors: FieldErrors, status = 200) {
  const page = ValuesPage({
    ctx: pageContext(request, reply, { forms: true }),
    base: workbenchPath(access.municipality),
    municipality: access.municipality.name,
    canEdit: access.canEdit,
    mappings: await mappingsOf(db, access.municipality.id),
    imports: await recentImports(db, access.municipality.id),
    errors,
  });
  return sendPage(reply, page, status);
}

/** The table and mapping of an upload: a saved mapping if one was chosen, else the long table; null when the mapping step must follow. */
async function mappedTable(
  db: Db,
  municipalityId: number,
  data: Buffer,
  mappingName: string,
): Promise<{ table: Table; mapping: Mapping } | { errors: FieldErrors } | null> {
  const table = await readTable(data);
  if ("error" in table) return { errors: { datei: table.error } };
  if (mappingName) {
    const mapping = await findMapping(db, municipalityId, mappingName);
    if (!mapping) return { errors: { zuordnung: importTexts.unknownMapping } };
    const sheetTable = mapping.sheet ? await readTable(data, mapping.sheet) : table;
    return "error" in sheetTable ? { errors: { datei: sheetTable.error } } : { table: sheetTable, mapping };
  }
  const long = longTableMapping(table.header);
  return long ? { table, mapping: long.mapping } : null;
}

/** The value import: upload form, the upload, and an import's progress and report. */
export async function valuesRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/kommunen/:slug/planung/werte", { schema: { params: slugParams } }, async (request, reply) => {
    const access = await planningAccess(request, request.params.slug, "view");
    return valuesPage(db, request, reply, access, {});
  });

  router.post(
    "/kommunen/:slug/planung/werte/import",
    { attachValidation: true, schema: { params: slugParams, body: uploadBody }, config: valueUpload },
    async (request, reply) => {
      const access = await planningAccess(request, request.params.slug, "edit");
      const file = request.body?.datei;
      if (!file || file.type !== "file" || !file.filename) return valuesPage(db, request, reply, access, { datei: importTexts.noFile }, 422);
      if (file.file.truncated) return valuesPage(db, request, reply, access, { datei: importTexts.tooLarge }, 413);
      const data = await file.toBuffer();
      const chosen = request.body?.zuordnung?.value;
      const mappingName = typeof chosen === "string" ? chosen.trim().slice(0, 120) : "";
      const mapped = await mappedTable(db, access.municipality.id, data, mappingName);
      if (mapped && "errors" in mapped) return valuesPage(db, request, reply, access, mapped.errors, 422);
      if (mapped) return runImport(request, reply, access, { filename: file.filename, table: mapped.table, mapping: mapped.mapping });
      const uploadId = await keepUpload(db, { municipalityId: access.municipality.id, userId: access.user.id, filename: file.filename, data });
      return redirectAfterPost(reply, `${workbenchPath(access.municipality)}/werte/zuordnung/${uploadId}`);
    },
  );

  router.get("/kommunen/:slug/planung/werte/import/:id", { schema: { params: importParams } }, async (request, reply) => {
    const access = await planningAccess(request, request.params.slug, "view");
    const entry = await findImport(db, access.municipality.id, request.params.id);
    if (!entry) throw notFound("Diesen Import gibt es nicht.");
    // Reloads the page every two seconds while the import runs, without JavaScript.
    if (entry.status === "running") reply.header("refresh", "2");
    const base = workbenchPath(access.municipality);
    return sendPage(reply, ImportPage({ ctx: pageContext(request, reply), base, municipality: access.municipality.name, entry }));
  });

  await mappingRoutes(app);
}
