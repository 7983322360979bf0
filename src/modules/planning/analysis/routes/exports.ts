import type { FastifyInstance } from "fastify";
import type { TypeBoxTypeProvider } from "@fastify/type-provider-typebox";
import { analysisQuery, slugParams } from "../schemas.ts";
import { analysisCsv, analysisGeoJson } from "../views/exports.ts";
import { displayGeometries, type AnalysisResult } from "../queries.ts";
import { analysisXlsx } from "../views/xlsx.ts";
import { downloadName, prepareAnalysis, sendAnalysisPage, sendDownload } from "./analysis.ts";

/** The analysis as a file: CSV, XLSX and GeoJSON, in the columns documented in views/exports.ts. */
export async function analysisExportRoutes(app: FastifyInstance) {
  const router = app.withTypeProvider<TypeBoxTypeProvider>();
  const schema = { params: slugParams, querystring: analysisQuery };
  const { db } = app.deps.database;
  const formats = {
    csv: { type: "text/csv; charset=utf-8", make: async (result: AnalysisResult) => analysisCsv(result) },
    xlsx: { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make: analysisXlsx },
    geojson: {
      type: "application/geo+json; charset=utf-8",
      make: async (result: AnalysisResult) => analysisGeoJson(result, await displayGeometries(db, result)),
    },
  };
  for (const [format, { type, make }] of Object.entries(formats)) {
    router.get(`/kommunen/:slug/planung/analyse/export.${format}`, { attachValidation: true, schema }, async (request, reply) => {
      const prepared = await prepareAnalysis(request, request.params.slug, reply, true);
      if (!prepared.result) return sendAnalysisPage(reply, prepared);
      return sendDownload(reply, await make(prepared.result), type, downloadName(prepared.result, request.params.slug, `.${format}`));
    });
  }
}
