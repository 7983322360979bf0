import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { pageContext, sendPage } from "../../../../platform/http/pages.ts";
import { notFound } from "../../../../platform/errors.ts";
import type { FieldErrors } from "../../../../platform/forms.ts";
import { indicatorsFor } from "../../queries.ts";
import { planningAccess, workbenchPath } from "../../routes/access.ts";
import { saveMapping } from "../commands/save-mapping.ts";
import { findMapping, findUpload, mappingsOf } from "../queries.ts";
import { genesisSuggestion, mappedColumns } from "../rules/mapping.ts";
import { emptyForm, formOf, formOfSuggestion, mappingOfForm, type MappingForm } from "../rules/mapping-form.ts";
import { firstRows, readTable, tableOfRows, type Table } from "../rules/table.ts";
import { mappingBody, mappingQuery, uploadParams, type MappingInput } from "../schemas.ts";
import { importTexts } from "../texts.ts";
import { MappingPage } from "../views/mapping-page.tsx";
import { runImport } from "./values.ts";

type Access = Awaited<ReturnType<typeof planningAccess>>;
type Upload = NonNullable<Awaited<ReturnType<typeof findUpload>>>;

const formOfInput = (input: MappingInput, columns: number): MappingForm => ({
  ...emptyForm(columns),
  name: input.name ?? "",
  gebiet: input.gebiet ?? "",
  zeitraum_spalte: input.zeitraum_spalte ?? "",
  zeitraum: input.zeitraum ?? "",
  indikator_spalte: input.indikator_spalte ?? "",
  indikator: input.indikator ?? "",
  fallzahl_spalte: input.fallzahl_spalte ?? "",
  blatt: input.blatt ?? "",
  rolle: input["rolle[]"] ?? [],
});

async function uploadOf(request: FastifyRequest, access: Access, id: number): Promise<Upload> {
  const upload = await findUpload(request.server.deps.database.db, access.municipality.id, id);
  if (!upload) throw notFound(importTexts.uploadGone);
  return upload;
}

/** The table of the sheet asked for; a sheet that is not there falls back to the first. */
async function tableOf(upload: Upload, sheet: string): Promise<Table> {
  const table = await readTable(upload.data, sheet || undefined);
  if (!("error" in table)) return table;
  const first = await readTable(upload.data);
  return "error" in first ? tableOfRows([], [], []) : first;
}

interface StepState {
  table: Table;
  form: MappingForm;
  errors: FieldErrors;
  note?: string;
}

async function showPage(request: FastifyRequest, reply: FastifyReply, access: Access, upload: Upload, state: StepState, status = 200) {
  const db = request.server.deps.database.db;
  const base = workbenchPath(access.municipality);
  const page = MappingPage({
    ctx: pageContext(request, reply, { forms: true }),
    base,
    municipality: access.municipality.name,
    action: `${base}/werte/zuordnung/${upload.id}`,
    filename: upload.filename,
    header: state.table.header,
    samples: firstRows(state.table, 3),
    sheets: state.table.sheets,
    indicators: await indicatorsFor(db, access.municipality.id),
    savedNames: (await mappingsOf(db, access.municipality.id)).map((saved) => saved.name),
    form: state.form,
    errors: state.errors,
    note: state.note,
  });
  return sendPage(reply, page, status);
}

/** The first step's form: a saved mapping whose columns the file has, else what a GENESIS flat file suggests, else empty. */
async function firstState(request: FastifyRequest, access: Access, table: Table, sheet: string): Promise<StepState> {
  const saved = (await mappingsOf(request.server.deps.database.db, access.municipality.id)).find((entry) =>
    mappedColumns(entry.mapping).every((column) => table.header.includes(column)),
  );
  if (saved) {
    const note = `Die gespeicherte Zuordnung „${saved.name}“ passt zu den Spalten dieser Datei und ist eingetragen. Prüfen Sie sie und importieren Sie.`;
    return { table, form: formOf(saved.mapping, table.header, saved.name), errors: {}, note };
  }
  const suggestion = genesisSuggestion(table.header, table.size > 0 ? table.row(0) : undefined);
  if (suggestion) {
    const note =
      "Die Datei ist ein Flatfile aus GENESIS bzw. der Regionaldatenbank. Gebiet und Zeitraum sind eingetragen; ordnen Sie die Wertespalten den Indikatoren zu.";
    return { table, form: { ...formOfSuggestion(suggestion, table.header), blatt: sheet }, errors: {}, note };
  }
  return { table, form: { ...emptyForm(table.header.length), blatt: sheet }, errors: {} };
}

/** The mapping step of an upload that is neither a long table nor read with a saved mapping. */
export async function mappingRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = app.deps.database;

  router.get("/kommunen/:slug/planung/werte/zuordnung/:uploadId", { schema: { params: uploadParams, querystring: mappingQuery } }, async (request, reply) => {
    const access = await planningAccess(request, request.params.slug, "edit");
    const upload = await uploadOf(request, access, request.params.uploadId);
    const sheet = request.query.blatt ?? "";
    return showPage(request, reply, access, upload, await firstState(request, access, await tableOf(upload, sheet), sheet));
  });

  router.post(
    "/kommunen/:slug/planung/werte/zuordnung/:uploadId",
    { attachValidation: true, schema: { params: uploadParams, body: mappingBody } },
    async (request, reply) => {
      const access = await planningAccess(request, request.params.slug, "edit");
      const upload = await uploadOf(request, access, request.params.uploadId);
      const input = (request.validationError ? {} : request.body) as MappingInput;
      const mappingHref = `${workbenchPath(access.municipality)}/werte/zuordnung/${upload.id}`;
      if (input.gespeichert) {
        const mapping = await findMapping(db, access.municipality.id, input.gespeichert);
        const table = await tableOf(upload, mapping?.sheet ?? "");
        if (!mapping)
          return showPage(
            request,
            reply,
            access,
            upload,
            { table, form: emptyForm(table.header.length), errors: { gespeichert: importTexts.unknownMapping } },
            422,
          );
        return runImport(request, reply, access, { filename: upload.filename, table, mapping, uploadId: upload.id, mappingHref });
      }
      const table = await tableOf(upload, input.blatt ?? "");
      const form = formOfInput(input, table.header.length);
      const result = mappingOfForm(form, table.header);
      if ("errors" in result) return showPage(request, reply, access, upload, { table, form, errors: result.errors }, 422);
      await saveMapping(db, access.municipality.id, form.name.trim(), result.mapping);
      return runImport(request, reply, access, { filename: upload.filename, table, mapping: result.mapping, uploadId: upload.id, mappingHref });
    },
  );
}
